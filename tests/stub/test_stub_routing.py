"""Stub routing by the full path template (issue 17): parameters inside segments and
suffixes (``/Accounts/{Sid}.json``, ``/files/{name}.{ext}``), precedence, and samples
that satisfy ``pattern``, ``format``, ranges and lengths, on a small spec of this
module, through the generated client in-process and over HTTP on 127.0.0.1."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

import httpx
import pytest

from generator.naming import client_class_name

from ..conftest import generate_package

PACKAGE = "routing_stubcheck"
SPEC = """\
openapi: 3.0.3
info: {title: Routing API, version: 1.0.0}
security: [{basicAuth: []}]
components:
  securitySchemes:
    basicAuth: {type: http, scheme: basic}
  schemas:
    Account:
      type: object
      required: [sid, phone, latitude]
      properties:
        sid: {type: string, pattern: '^AC[0-9a-f]{32}$'}
        phone: {type: string, pattern: '^(\\\\([0-9]{3}\\\\))?[0-9]{3}-[0-9]{4}$'}
        latitude: {type: string, pattern: '^-?([1-8]?[0-9]\\\\.[0-9]{5,7}|90\\\\.0{5,7})$'}
        email: {type: string, format: email}
        rating: {type: integer, minimum: 3, maximum: 5}
        code: {type: string, minLength: 4, maxLength: 4}
paths:
  /2010-04-01/Accounts/{Sid}.json:
    get:
      operationId: accountFetchJson
      tags: [accounts]
      parameters:
        - {in: path, name: Sid, required: true, schema: {type: string}}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Account'}
    post:
      operationId: accountUpdateJson
      tags: [accounts]
      parameters:
        - {in: path, name: Sid, required: true, schema: {type: string}}
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: '#/components/schemas/Account'}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Account'}
  /2010-04-01/Accounts/{Sid}:
    get:
      operationId: accountFetchPlain
      tags: [accounts]
      parameters:
        - {in: path, name: Sid, required: true, schema: {type: string}}
      responses:
        '200':
          description: ok
          content:
            text/plain:
              schema: {type: string}
  /2010-04-01/Accounts/{Sid}/Calls/{CallSid}.json:
    get:
      operationId: callFetch
      tags: [calls]
      parameters:
        - {in: path, name: Sid, required: true, schema: {type: string}}
        - {in: path, name: CallSid, required: true, schema: {type: integer}}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {type: object, properties: {callSid: {type: integer}}}
  /files/{name}.{ext}:
    get:
      operationId: fileFetch
      tags: [files]
      parameters:
        - {in: path, name: name, required: true, schema: {type: string}}
        - {in: path, name: ext, required: true, schema: {type: string, enum: [txt, csv, tar.gz]}}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {type: object, properties: {name: {type: string}}}
"""


@pytest.fixture(scope="module")
def pkg(tmp_path_factory: pytest.TempPathFactory) -> Any:
    root = tmp_path_factory.mktemp("routing")
    spec = root / "routing.yaml"
    spec.write_text(SPEC, encoding="utf-8")
    generate_package(spec, root / "out", PACKAGE)
    return importlib.import_module(PACKAGE)


def stub_class(pkg: Any) -> Any:
    module = importlib.import_module(f"{PACKAGE}.stub")
    return getattr(module, next(k for k in module.__all__ if k.endswith("Stub")))


def test_parameters_inside_segments_route_and_type(pkg: Any) -> None:
    stub = stub_class(pkg)(seed=1)
    auth = httpx.BasicAuth("u", "p")
    with httpx.Client(base_url="http://stub.local", transport=stub.transport(), auth=auth) as http:
        assert http.get("/2010-04-01/Accounts/AC1.json").status_code == 200
        assert stub.requests[-1].operation_id == "accountFetchJson"
        assert http.get("/2010-04-01/Accounts/AC1").headers["content-type"].startswith("text/plain")
        assert stub.requests[-1].operation_id == "accountFetchPlain"
        assert http.get("/2010-04-01/Accounts/AC1/Calls/42.json").status_code == 200
        assert stub.requests[-1].operation_id == "callFetch"
        # a typed parameter inside a segment: not an integer, no route
        assert http.get("/2010-04-01/Accounts/AC1/Calls/x.json").status_code == 404
        assert http.get("/2010-04-01/Accounts/AC1.xml/Calls/1.json").status_code == 200
        assert http.delete("/2010-04-01/Accounts/AC1.json").status_code == 405
        # two parameters in one segment; the enum decides where the split falls
        assert http.get("/files/report.2024.csv").status_code == 200
        assert http.get("/files/backup.tar.gz").status_code == 200
        assert http.get("/files/report.pdf").status_code == 404
        assert http.get("/files/.csv").status_code == 404


def test_the_generated_client_reaches_every_operation(pkg: Any) -> None:
    stub = stub_class(pkg)(seed=1)
    client_class = getattr(pkg, client_class_name(PACKAGE))
    with client_class(base_url="http://stub.local", credentials={"basicAuth": ("u", "p")}, transport=stub.transport()) as client:
        for route in stub.routes:
            op = pkg.OPERATIONS[route.operation_id]
            method = client
            for part in op.resource.split("."):
                method = getattr(method, part)
            method = getattr(method, op.method)
            args = {"Sid": "AC9", "CallSid": 7, "name": "a.b", "ext": "tar.gz"}
            values = [args[p.name] for p in route.path_params]
            kwargs = {"body": stub.sample_body(route.operation_id)} if route.body is not None else {}
            method(*values, **kwargs)
            assert stub.requests[-1].operation_id == route.operation_id
            assert stub.requests[-1].status == 200, stub.requests[-1].response


def test_samples_satisfy_patterns_formats_and_ranges(pkg: Any) -> None:
    for seed in range(30):
        stub = stub_class(pkg)(seed=seed)
        body = stub.sample_body("accountUpdateJson", salt=str(seed))
        with httpx.Client(base_url="http://stub.local", transport=stub.transport(), auth=httpx.BasicAuth("u", "p")) as http:
            answer = http.post("/2010-04-01/Accounts/AC1.json", json=body)
        assert answer.status_code == 200, (body, answer.text)
        data = answer.json()
        assert data["phone"].count("-") == 1 and 3 <= data["rating"] <= 5 and len(data["code"]) == 4
        assert "@" in data["email"]
