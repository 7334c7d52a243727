"""Shared fixtures: the manifest, the real AMPECO spec, and generated packages."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import os

import pytest
from hypothesis import settings

# CI runs the same property-test examples every time (no flaky failures); locally
# hypothesis explores, and keeps failures in its example database.
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

from generator.versions.manifest import Manifest, VersionEntry, load_manifest
from generator.pipeline import Generated, build_api, generate
from generator.writer import write_tree

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures"
REAL_VERSION = "3.110.0"


@pytest.fixture(scope="session")
def manifest() -> Manifest:
    return load_manifest(REPO / "specs" / "versions.toml")


@pytest.fixture(scope="session")
def real_entry(manifest: Manifest) -> VersionEntry:
    entry = manifest.get(REAL_VERSION)
    assert entry.path.is_file(), f"the real spec is missing: {entry.path} (is ../shared beside the repo?)"
    return entry


@pytest.fixture(scope="session")
def real_api(real_entry: VersionEntry):
    return build_api(real_entry.path, sha256=real_entry.sha256)


@pytest.fixture(scope="session")
def real_generated(real_entry: VersionEntry) -> Generated:
    return generate(real_entry.path, sha256=real_entry.sha256)


@pytest.fixture(scope="session")
def golden_dir() -> Path:
    return REPO / "generated" / REAL_VERSION


@pytest.fixture(scope="session")
def sdk(golden_dir: Path):
    """The committed golden SDK for 3.110.0, imported as ``ampeco``."""
    if str(golden_dir) not in sys.path:
        sys.path.insert(0, str(golden_dir))
    module = importlib.import_module("ampeco")
    assert Path(module.__file__).resolve().is_relative_to(golden_dir.resolve()), module.__file__
    return module


def generate_package(spec: Path, out: Path, package: str) -> Generated:
    """Generate ``spec`` as package ``package`` under ``out`` and make it importable."""
    result = generate(spec, package=package)
    write_tree(result.files, out)
    if str(out) not in sys.path:
        sys.path.insert(0, str(out))
    return result


@pytest.fixture(scope="module")
def _recording_server():
    from .runtime.runtime_server import RecordingServer

    instance = RecordingServer()
    instance.start()
    yield instance
    instance.stop()


@pytest.fixture()
def server(_recording_server):
    """A recording HTTP server on 127.0.0.1 (one per test module), emptied for each test."""
    _recording_server.reset()
    return _recording_server


def sdk_names(package: str):
    """The public names a package generated as ``package`` gets (no ``--client-name``):
    ``client``, ``async_client``, ``stub``, ``error`` and the environment ``prefix``."""
    from types import SimpleNamespace

    from generator import naming

    client = naming.client_class_name(package)
    return SimpleNamespace(
        client=client, async_client="Async" + client, stub=client + "Stub", error=client + "Error", prefix=naming.env_prefix(client)
    )
