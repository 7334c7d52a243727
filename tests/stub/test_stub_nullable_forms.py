"""A required, nullable form or multipart field set to ``None`` (issue 20): the client
sends the empty value the encoding has, and the stub reads it back as null, through
the generated SDK and stub (a small spec of this module)."""

from __future__ import annotations

import importlib
from typing import Any

import pytest

from generator.naming import client_class_name

from ..conftest import generate_package

PACKAGE = "nullforms_stubcheck"
SPEC = """\
openapi: 3.0.3
info: {title: Null Forms API, version: 1.0.0}
components:
  schemas:
    Signup:
      type: object
      required: [name, nickname, age]
      properties:
        name: {type: string}
        nickname: {type: string, nullable: true}
        age: {type: integer, nullable: true}
        note: {type: string, nullable: true}
paths:
  /form:
    post:
      operationId: formSignup
      tags: [signups]
      requestBody:
        required: true
        content:
          application/x-www-form-urlencoded:
            schema: {$ref: '#/components/schemas/Signup'}
      responses:
        '200': {description: ok, content: {application/json: {schema: {type: object, additionalProperties: true}}}}
  /upload:
    post:
      operationId: multipartSignup
      tags: [signups]
      requestBody:
        required: true
        content:
          multipart/form-data:
            schema: {$ref: '#/components/schemas/Signup'}
      responses:
        '200': {description: ok, content: {application/json: {schema: {type: object, additionalProperties: true}}}}
"""


@pytest.fixture(scope="module")
def pkg(tmp_path_factory: pytest.TempPathFactory) -> Any:
    root = tmp_path_factory.mktemp("nullforms")
    spec = root / "nullforms.yaml"
    spec.write_text(SPEC, encoding="utf-8")
    generate_package(spec, root / "out", PACKAGE)
    return importlib.import_module(PACKAGE)


@pytest.mark.parametrize("op_id", ["formSignup", "multipartSignup"])
def test_required_nullable_none_round_trips_as_null(pkg: Any, op_id: str) -> None:
    module = importlib.import_module(f"{PACKAGE}.stub")
    stub = getattr(module, next(k for k in module.__all__ if k.endswith("Stub")))(seed=1)
    stub.override(op_id, lambda call: module.Reply(200, call.body))
    client = getattr(pkg, client_class_name(PACKAGE))(base_url="http://stub.local", transport=stub.transport(), max_retries=0)
    signup = importlib.import_module(f"{PACKAGE}.models").Signup
    op = pkg.OPERATIONS[op_id]
    method = getattr(getattr(client, op.resource), op.method)
    method(body=signup(name="Ann", nickname=None, age=None))
    record = stub.requests[-1]
    assert record.status == 200, record.response
    assert record.response == {"name": "Ann", "nickname": None, "age": None}
    # the wire: empty values, and the optional field never set is not there
    if op_id == "formSignup":
        assert record.body == b"name=Ann&nickname=&age="
    else:
        assert [(p.name, p.content) for p in record.parts] == [("name", b"Ann"), ("nickname", b""), ("age", b"")]
    method(body=signup(name="Bo", nickname="b", age=3, note=None))
    assert stub.requests[-1].response == {"name": "Bo", "nickname": "b", "age": 3}
    # a plain mapping in place of the model: its required fields set to None go empty too,
    # an optional one set to None is still left out
    method(body={"name": "Cy", "nickname": None, "age": None, "note": None})
    record = stub.requests[-1]
    assert record.status == 200, record.response
    assert record.response == {"name": "Cy", "nickname": None, "age": None}
    if op_id == "formSignup":
        assert record.body == b"name=Cy&nickname=&age="
    else:
        assert [(p.name, p.content) for p in record.parts] == [("name", b"Cy"), ("nickname", b""), ("age", b"")]
    client.close()
