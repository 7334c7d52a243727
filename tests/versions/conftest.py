"""Shared material for the version tests: the fixture specs and the real spec as raw data."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from generator.model.ir import Api, Operation
from generator.load.document import Document, Resolver, load
from generator.normalise.normaliser import normalise

VERSIONS_FIXTURES = Path(__file__).resolve().parent / "fixtures"
V1, V2, V3 = (VERSIONS_FIXTURES / f"v{n}.yaml" for n in (1, 2, 3))


def document(data: dict[str, Any], name: str = "variant.json") -> Document:
    """A document from data in memory (no file), as the normaliser tests build them."""
    path = Path("/virtual") / name
    return Document(path=path, data=data, sha256="", resolver=Resolver(path, data))


def build(data: dict[str, Any]) -> Api:
    return normalise(document(data))


def find_operation(data: dict[str, Any], operation_id: str) -> tuple[str, str, dict[str, Any]]:
    """(path, method, operation object) of an operationId in raw spec data."""
    for route, item in data["paths"].items():
        for method, op in item.items():
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                return route, method, op
    raise KeyError(operation_id)


def op(api: Api, operation_id: str) -> Operation:
    return next(o for o in api.operations if o.operation_id == operation_id)


@pytest.fixture(scope="session")
def fixture_apis() -> dict[str, Api]:
    return {name: normalise(load(path, validate=False)) for name, path in (("v1", V1), ("v2", V2), ("v3", V3))}


@pytest.fixture(scope="session")
def real_document(real_entry) -> Document:
    return load(real_entry.path, expected_sha256=real_entry.sha256)


@pytest.fixture()
def real_data(real_entry) -> dict[str, Any]:
    """A fresh copy of the real spec's data, free to change (parsing is faster than deepcopy)."""
    return json.loads(real_entry.path.read_bytes())
