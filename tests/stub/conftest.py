"""Fixtures for the stub server tests: one generated SDK (with its ``stub``) per session.

The SDK is generated from the real 3.110.0 spec under its own package name, so it can
sit beside the golden ``ampeco`` other tests import.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from generator.model.ir import Api
from generator.versions.manifest import VersionEntry

from ..conftest import generate_package

PACKAGE = "ampeco_stubcheck"


class Generated:
    """The generated package's modules, its IR and the raw spec document."""

    def __init__(self, api: Api, root: Path, document: dict[str, Any]) -> None:
        self.api = api
        self.root = root
        self.document = document
        self.sdk: ModuleType = importlib.import_module(PACKAGE)
        self.stub_module: ModuleType = importlib.import_module(f"{PACKAGE}.stub")
        self.ops = {op.operation_id: op for op in api.operations}

    def new_stub(self, **options: Any) -> Any:
        return self.stub_module.AmpecoStubcheckStub(**options)

    def client(self, stub: Any, **options: Any) -> Any:
        options.setdefault("sleep", lambda seconds: None)
        return self.sdk.AmpecoStubcheck(
            base_url="http://stub.local",
            api_token="test-token",
            transport=stub.transport(),
            **options,
        )


@pytest.fixture(scope="session")
def gen(real_entry: VersionEntry, tmp_path_factory: pytest.TempPathFactory) -> Generated:
    root = tmp_path_factory.mktemp("stub-sdk")
    result = generate_package(real_entry.path, root, PACKAGE)
    document = json.loads(real_entry.path.read_text(encoding="utf-8"))
    return Generated(result.api, root, document)


@pytest.fixture
def stub(gen: Generated) -> Any:
    return gen.new_stub(seed=7)


@pytest.fixture
def client(gen: Generated, stub: Any) -> Iterator[Any]:
    with gen.client(stub) as c:
        yield c
