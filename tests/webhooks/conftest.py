"""Fixtures for the webhook tests: one SDK generated per session, the raw spec, signing.

The SDK is generated from the real 3.110.0 spec as package ``ampeco_hooks`` (so it
cannot clash with the golden ``ampeco`` other tests import) into a temporary folder.
"""

from __future__ import annotations

import importlib
import json
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from generator.versions.manifest import load_manifest
from generator.pipeline import Generated, generate
from generator.writer import write_tree

_HERE = Path(__file__).resolve().parent
if str(_HERE) not in sys.path:
    sys.path.insert(0, str(_HERE))

PACKAGE = "ampeco_hooks"
VERSION = "3.110.0"
SECRET = "s3cr3t-access-token-DO-NOT-LEAK"
NOW = 1_714_566_600.0  # 2024-05-01T12:30:00Z


@pytest.fixture(scope="session")
def spec_path() -> Path:
    return load_manifest().get(VERSION).path


@pytest.fixture(scope="session")
def spec_doc(spec_path: Path) -> dict[str, Any]:
    with spec_path.open("rb") as fh:
        return json.load(fh)


@pytest.fixture(scope="session")
def generated(spec_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Generated:
    out = tmp_path_factory.mktemp("webhooks_sdk")
    lock = Path(__file__).resolve().parents[2] / "specs" / "names.lock.json"
    result = generate(spec_path, package=PACKAGE, names_lock=lock)  # names as `generate` gives them
    write_tree(result.files, out)
    sys.path.insert(0, str(out))
    return result


@pytest.fixture(scope="session")
def hooks(generated: Generated) -> ModuleType:
    """The generated ``ampeco_hooks.webhooks`` module."""
    return importlib.import_module(f"{PACKAGE}.webhooks")


@pytest.fixture(scope="session")
def pkg(hooks: ModuleType) -> ModuleType:
    return importlib.import_module(PACKAGE)


@pytest.fixture
def sign(hooks: ModuleType) -> Callable[..., tuple[bytes, dict[str, str]]]:
    """Body and headers of a request signed with SECRET at NOW (overridable)."""

    def _sign(payload: Any, **options: Any) -> tuple[bytes, dict[str, str]]:
        options.setdefault("timestamp", NOW)
        options.setdefault("tenant", "tenant-7")
        options.setdefault("webhook_id", "hook-42")
        secret = options.pop("secret", SECRET)
        return hooks.sign_notification(payload, secret, **options)

    return _sign


@pytest.fixture
def clock() -> Callable[[], float]:
    return lambda: NOW
