"""What the generated client sends, the stub reads back (issue 20): object and array
query parameters in every style the client supports, each ``style``/``explode``
combination a round trip through the SDK to the stub and back, on a small spec of
this module (the issue's case first: a required object parameter, form, exploded)."""

from __future__ import annotations

import importlib
from typing import Any

import httpx
import pytest

from generator.naming import client_class_name

from ..conftest import generate_package

PACKAGE = "styles_stubcheck"
POINT = "{type: object, required: [lat, lon], properties: {lat: {type: number}, lon: {type: number}}}"
CASES = {
    # operation: (parameter yaml, python name, value sent, value the stub reads)
    "formObject": (f"{{in: query, name: point, required: true, schema: {POINT}}}", "point", {"lat": 1.5, "lon": -2.25}, {"lat": 1.5, "lon": -2.25}),
    "formObjectFlat": (f"{{in: query, name: point, required: true, explode: false, schema: {POINT}}}", "point", {"lat": 3, "lon": 4}, {"lat": 3, "lon": 4}),
    "formArray": ("{in: query, name: ids, required: true, schema: {type: array, items: {type: integer}}}", "ids", [3, 1, 2], [3, 1, 2]),
    "formArrayFlat": ("{in: query, name: tags, explode: false, schema: {type: array, items: {type: string}}}", "tags", ["a b", "c"], ["a b", "c"]),
    "spaceArray": ("{in: query, name: words, style: spaceDelimited, explode: false, schema: {type: array, items: {type: string}}}", "words", ["x", "y,z"], ["x", "y,z"]),
    "pipeArray": ("{in: query, name: nums, style: pipeDelimited, explode: false, schema: {type: array, items: {type: integer}}}", "nums", [7, 8], [7, 8]),
    "pipeArrayExploded": ("{in: query, name: nums, style: pipeDelimited, schema: {type: array, items: {type: integer}}}", "nums", [9, 10], [9, 10]),
    "deepObject": ("{in: query, name: filter, style: deepObject, schema: {type: object, properties: {name: {type: string}, size: {type: integer}, ids: {type: array, items: {type: integer}}}}}", "filter", {"name": "n", "size": 2, "ids": [4, 5]}, {"name": "n", "size": 2, "ids": [4, 5]}),
    "deepArray": ("{in: query, name: include, style: deepObject, schema: {type: array, items: {type: string}}}", "include", ["a", "b"], ["a", "b"]),
    "formMap": ("{in: query, name: labels, schema: {type: object, additionalProperties: {type: string}}}", "labels", {"env": "prod", "team": "ops"}, {"env": "prod", "team": "ops"}),
}


def spec_text() -> str:
    lines = ["openapi: 3.0.3", "info: {title: Styles API, version: 1.0.0}", "paths:"]
    for op_id, (param, _, _, _) in CASES.items():
        lines += [
            f"  /{op_id}:",
            "    get:",
            f"      operationId: {op_id}",
            "      tags: [styles]",
            f"      parameters: [{param}, {{in: query, name: page, schema: {{type: integer}}}}]",
            "      responses:",
            "        '200': {description: ok, content: {application/json: {schema: {type: object, additionalProperties: true}}}}",
        ]
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def pkg(tmp_path_factory: pytest.TempPathFactory) -> Any:
    root = tmp_path_factory.mktemp("styles")
    spec = root / "styles.yaml"
    spec.write_text(spec_text(), encoding="utf-8")
    generate_package(spec, root / "out", PACKAGE)
    return importlib.import_module(PACKAGE)


def make(pkg: Any) -> tuple[Any, Any]:
    module = importlib.import_module(f"{PACKAGE}.stub")
    stub = getattr(module, next(k for k in module.__all__ if k.endswith("Stub")))(seed=1)
    client_class = getattr(pkg, client_class_name(PACKAGE))
    for op_id in CASES:
        stub.override(op_id, lambda call: module.Reply(200, call.query))
    return stub, client_class(base_url="http://stub.local", transport=stub.transport(), max_retries=0)


@pytest.mark.parametrize("op_id", sorted(CASES))
def test_round_trip(pkg: Any, op_id: str) -> None:
    _, name, value, expected = CASES[op_id]
    stub, client = make(pkg)
    with client:
        op = pkg.OPERATIONS[op_id]
        method = getattr(getattr(client, op.resource), op.method)
        method(**{name: value, "page": 2})
    record = stub.requests[-1]
    assert record.status == 200, (record.raw_query, record.response)
    wire = [spec.name for spec in stub.route(op_id).query]
    read = {k: v for k, v in record.response.items() if k in wire}
    assert read == {wire[0]: expected, "page": 2}, record.raw_query


def test_a_missing_required_object_is_still_422(pkg: Any) -> None:
    stub, _ = make(pkg)
    stub.override("formObject", None)
    with httpx.Client(base_url="http://stub.local", transport=stub.transport()) as http:
        assert http.get("/formObject", params={"page": 1}).status_code == 422
        assert http.get("/formObject", params={"lat": 1, "lon": 2}).status_code == 200
        # a property of the object that is not a number: the object's error
        answer = http.get("/formObject", params={"lat": "x", "lon": 2})
        assert answer.status_code == 422 and "point.lat" in answer.json()["errors"]
