"""The stub beyond AMPECO's shape, on the mixed fixture: each operation's own security
(bearer, basic, API keys in a header, the query or a cookie, alternatives, none), form,
multipart and binary bodies, text and binary responses, and required header and cookie
parameters (on a small spec of this module). The generated client talks to the
generated stub in-process and over HTTP on 127.0.0.1."""

from __future__ import annotations

import asyncio
import base64
import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import black
import httpx
import pytest

from generator.emit.sdk import Renderer
from generator.emit.stub import stub_files
from generator.format.tree import format_python
from generator.model.ir import evolve
from generator.pipeline import generate
from generator.writer import write_tree

from ..conftest import FIXTURES, sdk_names

MIXED = FIXTURES / "mixed" / "mixed.yaml"
PACKAGE = "mixed_stubcheck"
HEADERS_PACKAGE = "headers_stubcheck"
BASIC = ("ann", "s3cret")
CREDENTIALS = {"basicAuth": BASIC, "keyHeader": "h-key", "keyQuery": "q-key", "keyCookie": "c-key"}
FILE = b"\x00\x01binary\r\n--\xff"

HEADERS_SPEC = """\
openapi: 3.0.3
info: {title: Headers API, version: 1.0.0}
security: [{bearerAuth: []}]
components:
  securitySchemes:
    bearerAuth: {type: http, scheme: bearer}
paths:
  /reports/{id}:
    get:
      operationId: reportRead
      tags: [reports]
      parameters:
        - {in: path, name: id, required: true, schema: {type: integer}}
        - {in: header, name: X-Tenant-Id, required: true, schema: {type: integer}}
        - {in: cookie, name: region, required: true, schema: {type: string, enum: [eu, us]}}
        - {in: header, name: X-Note, schema: {type: string}}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {type: object, properties: {id: {type: integer}}}
"""


class Generated:
    """A generated package, its stub module and its IR."""

    def __init__(self, result: Any, package: str) -> None:
        self.result = result
        self.sdk: ModuleType = importlib.import_module(package)
        self.stub_module: ModuleType = importlib.import_module(f"{package}.stub")
        names = sdk_names(package)
        self.client_class: Any = getattr(self.sdk, names.client)
        self.async_client_class: Any = getattr(self.sdk, names.async_client)
        self.stub_class: Any = getattr(self.stub_module, names.stub)

    def client(self, stub: Any, *, async_: bool = False, **options: Any) -> Any:
        options = {"api_token": "bear", "base_url": "http://stub.local", "max_retries": 0, **options}
        if async_:
            return self.async_client_class(transport=stub.async_transport(), **options)
        return self.client_class(transport=stub.transport(), **options)


def _generate(spec: Path, out: Path, package: str) -> Iterator[Generated]:
    result = generate(spec, package=package)
    write_tree(result.files, out)
    sys.path.insert(0, str(out))
    try:
        yield Generated(result, package)
    finally:
        sys.path.remove(str(out))


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Generated]:
    yield from _generate(MIXED, tmp_path_factory.mktemp("mixed-stub"), PACKAGE)


@pytest.fixture(scope="module")
def headers_api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Generated]:
    folder = tmp_path_factory.mktemp("headers-stub")
    spec = folder / "headers.yaml"
    spec.write_text(HEADERS_SPEC, encoding="utf-8")
    yield from _generate(spec, folder / "out", HEADERS_PACKAGE)


def raw(stub: Any) -> httpx.Client:
    """A plain httpx client on the stub, for requests the SDK would never send."""
    return httpx.Client(base_url="http://stub.local", transport=stub.transport())


def basic(user: str, password: str) -> dict[str, str]:
    pair = base64.b64encode(f"{user}:{password}".encode()).decode()
    return {"Authorization": f"Basic {pair}"}


def unauthenticated(response: httpx.Response) -> bool:
    return response.status_code == 401 and response.json() == {"message": "Unauthenticated."}


def call_everything(client: Any) -> dict[str, Any]:
    """Every operation of the mixed fixture, by operation id: what the client returned."""
    return {
        "ping": client.pings.ping(),
        "formSubmit": client.uploads.form_submit(body={"name": "a b", "count": 2, "agree": True}),
        "fileUpload": client.uploads.file_upload(body={"file": ("hello.bin", FILE, "application/x-demo"), "title": "greeting"}),
        "blobPut": client.uploads.blob_put("data.bin", body=FILE),
        "blobGet": client.uploads.blob_get("data.bin"),
        "petCreate": client.pets.create(body={"petType": "cat", "name": "Tom"}, x_trace_id="t-1", locale="fr"),
        "petRead": client.pets.read(1),
        "nodeReplace": client.nodes.replace(body={"value": "root", "children": []}),
    }


# -- security -------------------------------------------------------------------------------


def test_every_operation_succeeds_with_the_configured_credentials(mixed: Generated) -> None:
    stub = mixed.stub_class(seed=5, token="bear", credentials=CREDENTIALS)
    with mixed.client(stub, credentials=CREDENTIALS) as client:
        results = call_everything(client)
    ids = {op.operation_id for op in mixed.result.api.operations}
    assert set(results) == ids
    assert {r.operation_id: r.status for r in stub.requests} == {
        "ping": 200, "formSubmit": 204, "fileUpload": 201, "blobPut": 204, "blobGet": 200, "petCreate": 201, "petRead": 200, "nodeReplace": 200
    }
    assert isinstance(results["ping"], str) and results["ping"]
    assert isinstance(results["blobGet"], bytes) and results["blobGet"]
    assert results["formSubmit"] is None and results["blobPut"] is None
    assert isinstance(results["fileUpload"].size, int) and results["petCreate"].name == "Tom"


def test_the_async_client_passes_too(mixed: Generated) -> None:
    stub = mixed.stub_class(credentials={"basicAuth": BASIC})

    async def run() -> None:
        async with mixed.client(stub, async_=True, credentials={"basicAuth": BASIC}) as client:
            await client.uploads.form_submit(body={"name": "x"})

    asyncio.run(run())
    assert stub.requests[-1].status == 204


@pytest.mark.parametrize(
    ("operation", "credentials", "wrong"),
    [
        ("petRead", {}, {"api_token": "other"}),
        ("formSubmit", {"basicAuth": BASIC}, {"credentials": {"basicAuth": ("ann", "wrong")}}),
        ("fileUpload", {"keyHeader": "h-key"}, {"credentials": {"keyHeader": "wrong"}}),
        ("blobGet", {"keyQuery": "q-key"}, {"credentials": {"keyQuery": "wrong"}}),
        ("blobGet", {"keyCookie": "c-key"}, {"credentials": {"keyCookie": "wrong"}}),
    ],
    ids=["bearer", "basic", "header-key", "query-key", "cookie-key"],
)
def test_each_scheme_rejects_wrong_credentials(mixed: Generated, operation: str, credentials: dict[str, Any], wrong: dict[str, Any]) -> None:
    stub = mixed.stub_class(token="bear", credentials=credentials)
    calls = {
        "petRead": lambda c: c.pets.read(1),
        "formSubmit": lambda c: c.uploads.form_submit(body={"name": "x"}),
        "fileUpload": lambda c: c.uploads.file_upload(body={"file": b"x"}),
        "blobGet": lambda c: c.uploads.blob_get("a"),
    }
    with mixed.client(stub, credentials=credentials) as client:
        calls[operation](client)
    with mixed.client(stub, **wrong) as client, pytest.raises(mixed.sdk.AuthenticationError) as caught:
        calls[operation](client)
    first, second = stub.requests
    assert first.status < 300 and second.status == caught.value.status_code == 401
    assert first.operation_id == second.operation_id == operation


def test_missing_or_malformed_credentials_answer_401(mixed: Generated) -> None:
    stub = mixed.stub_class()  # nothing configured: any well-formed secret will do
    with raw(stub) as http:
        for headers in ({}, {"Authorization": "Bearer "}, {"Authorization": "Basic dTpw"}, {"X-Api-Key": "k"}):
            assert unauthenticated(http.get("/pets/1", headers=headers)), headers
        assert http.get("/pets/1", headers={"Authorization": "Bearer t"}).status_code == 200
        for headers in ({}, {"Authorization": "Bearer t"}, {"Authorization": "Basic not-base64!"}, basic("", "pw")):
            assert unauthenticated(http.post("/forms", data={"name": "x"}, headers=headers)), headers
        assert http.post("/forms", data={"name": "x"}, headers=basic("u", "")).status_code == 204
        for headers in ({}, {"X-Api-Key": "  "}, {"Authorization": "Bearer t"}):
            assert unauthenticated(http.post("/uploads", files={"file": b"x"}, headers=headers)), headers
        assert http.post("/uploads", files={"file": b"x"}, headers={"x-api-key": "k"}).status_code == 201


def test_query_or_cookie_alternative_accepts_either(mixed: Generated) -> None:
    stub = mixed.stub_class(credentials={"keyQuery": "q-key", "keyCookie": "c-key"})
    seen: list[tuple[Any, Any]] = []

    def spy(call: Any) -> Any:
        seen.append((call.query, call.query_pairs))
        return call.respond()

    stub.override("blobGet", spy)
    with raw(stub) as http:
        assert http.get("/blobs/a", params={"api_key": "q-key"}).status_code == 200
        assert http.get("/blobs/a", headers={"Cookie": "other=1; session=c-key"}).status_code == 200
        assert http.get("/blobs/a", params={"api_key": "q-key", "x": "1"}, headers={"Cookie": "session=wrong"}).status_code == 200
        assert unauthenticated(http.get("/blobs/a", params={"api_key": "wrong"}, headers={"Cookie": "session=wrong"}))
        assert unauthenticated(http.get("/blobs/a", headers={"Authorization": "Bearer t"}))
    # the API key is a credential, not a query parameter of the operation
    assert seen == [({}, []), ({}, []), ({"x": "1"}, [("x", "1")])]
    with mixed.client(stub, credentials={"keyCookie": "c-key"}) as client:
        client.uploads.blob_put("a", body=b"data")
    assert stub.requests[-1].status == 204 and stub.requests[-1].raw_query == ""


def test_ping_needs_no_credentials(mixed: Generated) -> None:
    stub = mixed.stub_class(token="bear")
    with raw(stub) as http:
        response = http.get("/ping")
    assert response.status_code == 200 and response.headers["content-type"] == "text/plain; charset=utf-8"
    with mixed.client_class(base_url="http://stub.local", api_token="bear", transport=stub.transport()) as client:
        assert client.pings.ping() == response.text
    assert "authorization" not in stub.requests[0].headers


def test_configured_credentials_are_checked(mixed: Generated) -> None:
    stub_class = mixed.stub_class
    with pytest.raises(ValueError, match="'nope', which is not a security scheme"):
        stub_class(credentials={"nope": "x"})
    with pytest.raises(ValueError, match="username, password"):
        stub_class(credentials={"basicAuth": "ann:pw"})
    with pytest.raises(ValueError, match="non-empty string"):
        stub_class(credentials={"keyHeader": ""})


# -- bodies -----------------------------------------------------------------------------------


def test_form_body_is_typed_by_its_schema(mixed: Generated) -> None:
    stub = mixed.stub_class(credentials={"basicAuth": BASIC})
    with mixed.client(stub, credentials={"basicAuth": BASIC}) as client:
        client.uploads.form_submit(body={"name": "a b", "count": 2, "agree": True})
    record = stub.requests[-1]
    assert record.form == {"name": "a b", "count": "2", "agree": "true"} and record.json is None
    assert stub.store.get("forms", "") == {"name": "a b", "count": 2, "agree": True}  # what the handler got
    with raw(stub) as http:
        response = http.post("/forms", data={"count": "two", "agree": "maybe"}, headers=basic(*BASIC))
    assert response.status_code == 422 and response.json()["errors"] == {
        "count": ["The count field must be an integer."],
        "agree": ["The agree field must be true or false."],
    }


def test_multipart_file_bytes_round_trip(mixed: Generated) -> None:
    stub = mixed.stub_class()
    with mixed.client(stub, credentials={"keyHeader": "k"}) as client:
        client.uploads.file_upload(body={"file": ("hello.bin", FILE, "application/x-demo"), "title": "greeting"})
    record = stub.requests[-1]
    assert record.status == 201 and record.form == {"file": FILE, "title": "greeting"}
    assert [(p.name, p.filename, p.content_type, p.content) for p in record.parts] == [
        ("file", "hello.bin", "application/x-demo", FILE),
        ("title", None, "text/plain", b"greeting"),
    ]
    assert stub.store.get("uploads", "") == {"file": FILE, "title": "greeting"}


def test_octet_stream_body_is_bytes(mixed: Generated) -> None:
    stub = mixed.stub_class()
    seen: list[Any] = []
    stub.override("blobPut", lambda call: seen.append(call.body) or call.empty())
    with mixed.client(stub, credentials={"keyQuery": "q"}) as client:
        client.uploads.blob_put("data.bin", body=FILE)
    assert seen == [FILE] and stub.requests[-1].body == FILE and stub.requests[-1].json is None


def test_missing_required_bodies_answer_422(mixed: Generated) -> None:
    stub = mixed.stub_class()
    required = {"message": "The body field is required.", "errors": {"body": ["The body field is required."]}}
    with raw(stub) as http:
        assert http.post("/forms", headers=basic("u", "p")).json() == required
        assert http.post("/uploads", headers={"X-Api-Key": "k"}).json() == required
        response = http.put("/blobs/a", params={"api_key": "k"})
        assert response.status_code == 422 and response.json() == required
    with mixed.client(stub, credentials={"keyQuery": "k"}) as client, pytest.raises(mixed.sdk.UnprocessableEntityError) as caught:
        client.uploads.blob_put("a", body=b"")
    assert caught.value.errors == {"body": ["The body field is required."]}


def test_bodies_of_another_media_type_or_malformed(mixed: Generated) -> None:
    stub = mixed.stub_class()
    with raw(stub) as http:
        response = http.post("/forms", json={"name": "x"}, headers=basic("u", "p"))
        assert response.status_code == 415
        assert response.json() == {"message": "The request body must be application/x-www-form-urlencoded."}
        broken = {"Content-Type": "multipart/form-data; boundary=xyz", "X-Api-Key": "k"}
        response = http.post("/uploads", content=b"--xyz\r\nno end", headers=broken)
        assert response.status_code == 422 and response.json()["message"] == "The request body must be valid multipart form data."
        response = http.post("/uploads", data={"file": "x"}, headers={"X-Api-Key": "k"})  # a form, not multipart
        assert response.status_code == 415


# -- responses ----------------------------------------------------------------------------------


def test_text_binary_and_empty_responses(mixed: Generated) -> None:
    stub = mixed.stub_class(seed=3)
    with raw(stub) as http:
        blob = http.get("/blobs/a.bin", params={"api_key": "k"})
        form = http.post("/forms", data={"name": "x"}, headers=basic("u", "p"))
        ping = http.get("/ping")
    assert blob.status_code == 200 and blob.headers["content-type"] == "application/octet-stream"
    assert blob.content and not blob.content.startswith(b'"')  # raw bytes, not a JSON string
    assert form.status_code == 204 and form.content == b"" and "content-type" not in form.headers
    assert ping.headers["content-type"].startswith("text/plain") and not ping.text.startswith('"')
    again = mixed.stub_class(seed=3)
    with mixed.client(again, credentials={"keyQuery": "k"}) as client:
        assert client.uploads.blob_get("a.bin") == blob.content  # deterministic for the seed
        assert client.pings.ping() == ping.text
    assert again.requests[0].response == blob.content


# -- header and cookie parameters ---------------------------------------------------------------


def test_required_header_and_cookie_parameters(headers_api: Generated) -> None:
    stub = headers_api.stub_class()
    with headers_api.client(stub) as client:
        assert client.reports.read(2, x_tenant_id=5, region="eu").id is not None
    sent = stub.requests[-1]
    assert sent.status == 200 and sent.headers["x-tenant-id"] == "5" and "region=eu" in sent.headers["cookie"]
    auth = {"Authorization": "Bearer t"}
    with raw(stub) as http:
        response = http.get("/reports/2", headers=auth)
        assert response.status_code == 422 and response.json() == {
            "message": "The x-tenant-id field is required. (and 1 more error)",
            "errors": {"X-Tenant-Id": ["The x-tenant-id field is required."], "region": ["The region field is required."]},
        }
        response = http.get("/reports/2", headers={**auth, "x-tenant-id": "five", "Cookie": "region=mars"})
        assert response.status_code == 422 and response.json()["errors"] == {
            "X-Tenant-Id": ["The x-tenant-id field must be an integer."],
            "region": ["The selected region is invalid."],
        }
        assert http.get("/reports/2", headers={**auth, "X-Tenant-Id": "5", "Cookie": "region=us"}).status_code == 200
        assert unauthenticated(http.get("/reports/2", headers={"X-Tenant-Id": "5", "Cookie": "region=us"}))


# -- over HTTP ------------------------------------------------------------------------------------


def test_everything_over_the_loopback_server(mixed: Generated) -> None:
    stub = mixed.stub_class(seed=2, token="bear", credentials=CREDENTIALS)
    with stub.serve() as url:
        assert url.startswith("http://127.0.0.1:")
        with mixed.client_class(base_url=url, api_token="bear", credentials=CREDENTIALS, max_retries=0) as client:
            results = call_everything(client)
        with mixed.client_class(base_url=url, api_token="bear", credentials={"keyCookie": "wrong"}, max_retries=0) as client:
            with pytest.raises(mixed.sdk.AuthenticationError):
                client.uploads.blob_get("data.bin")
        assert unauthenticated(httpx.post(f"{url}/forms", data={"name": "x"}, headers=basic("ann", "nope")))
    assert isinstance(results["blobGet"], bytes) and isinstance(results["ping"], str) and results["formSubmit"] is None
    upload = next(r for r in stub.requests if r.operation_id == "fileUpload")
    assert upload.form == {"file": FILE, "title": "greeting"} and upload.parts[0].filename == "hello.bin"
    put = next(r for r in stub.requests if r.operation_id == "blobPut")
    assert put.body == FILE and put.status == 204
    assert [r.status for r in stub.requests[-2:]] == [401, 401]


# -- generated files --------------------------------------------------------------------------------


def test_generated_stub_files_declare_security_and_media_types(mixed: Generated) -> None:
    api = mixed.result.api
    files = format_python(stub_files(Renderer(api, api.version)))
    for name, text in files.items():
        if name.endswith(".py"):  # and _schemas.json, data
            assert black.format_str(text, mode=black.Mode()) == text, name
    handlers = files[f"{PACKAGE}/stub/_handlers.py"]
    assert 'SecurityScheme("keyCookie", "apiKey", location="cookie", parameter="session")' in handlers
    assert 'security=(("keyQuery",), ("keyCookie",)),' in handlers and "security=()" in handlers
    assert 'request_content_type="multipart/form-data"' in handlers and 'response_content_type="text/plain"' in handlers
    assert 'headers=[Field("X-Trace-Id", STR)]' in handlers and 'cookies=[Field("locale", STR)]' in handlers
    assert format_python(stub_files(Renderer(api, api.version))) == files
    # a spec without security schemes needs no credentials (its client sends none)
    bare = evolve(api, security_schemes=(), default_security=())
    bare_handlers = stub_files(Renderer(bare, api.version))[f"{PACKAGE}/stub/_handlers.py"]
    assert "\nROUTES = RouteTable(schemes=[], default_security=())\n" in bare_handlers


def test_tuples_are_invented_and_checked_by_position(mixed: Generated) -> None:
    """``prefixItems`` closed to a fixed length: the stub answers with exactly those items
    and rejects a body with too many or wrongly typed ones."""
    stub = mixed.stub_class(seed=3)
    with mixed.client(stub) as client:
        node = client.nodes.replace(body={"value": "root", "point": (1.5, 2.5), "span": ("2026-11-24", 3)})
    assert stub.requests[-1].json["point"] == [1.5, 2.5] and stub.requests[-1].json["span"] == ["2026-11-24", 3]
    assert isinstance(node, mixed.sdk.models.Node)
    bodies = [mixed.stub_class(seed=seed).sample_body("nodeReplace") for seed in range(10)]
    points = [body["point"] for body in bodies if body.get("point") is not None]
    assert points and all(len(p) == 2 and all(isinstance(v, (int, float)) for v in p) for p in points)
    with raw(stub) as http:
        response = http.put("/nodes", json={"point": [1, 2, 3], "span": ["2026-11-24", "three"]}, headers={"Authorization": "Bearer t"})
    assert response.status_code == 422 and response.json()["errors"] == {
        "point": ["The point field must have 2 items."],
        "span.1": ["The span.1 field must be an integer."],
    }
