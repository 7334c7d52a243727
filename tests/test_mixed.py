"""Beyond AMPECO's spec (issue 8): ``$ref`` to other files and escaped pointers, OpenAPI
3.1, discriminators, typed maps, content types, security schemes, header and cookie
parameters; the generated client against a loopback server, and golden files.

To update the fixture's goldens after a deliberate change:
``python -m generator generate tests/fixtures/mixed/mixed.yaml --out tests/golden/mixed --package-name mixed_api``
"""

from __future__ import annotations

import base64
import importlib
import json
import sys
from datetime import date
from email.parser import BytesParser
from email.policy import HTTP

import pytest

from generator.cli import compare
from generator.model.ir import TypeRef

from .conftest import FIXTURES, REPO, generate_package
from .runtime.runtime_server import Reply

SPEC = FIXTURES / "mixed" / "mixed.yaml"
GOLDEN = REPO / "tests" / "golden" / "mixed"
PACKAGE = "mixed_api"


@pytest.fixture(scope="module")
def mixed(tmp_path_factory):
    out = tmp_path_factory.mktemp("mixed")
    result = generate_package(SPEC, out, PACKAGE)
    yield result, importlib.import_module(PACKAGE)
    sys.path.remove(str(out))


def client_for(pkg, server, **options):
    return pkg.MixedApi(base_url=server.url, api_token=options.pop("api_token", "bear"), **options)


# -- the IR -----------------------------------------------------------------------------------


def test_components_and_refs_become_named_models(mixed):
    api = mixed[0].api
    assert {m.name for m in api.models} == {"Cat", "Dog", "Error", "FileUploadRequest", "FileUploadResponse", "FormSubmitRequest", "Node"}
    assert {e.name for e in api.enums} >= {"Shape", "NodeKind"}  # $defs and const
    ops = {o.operation_id: o for o in api.operations}
    pet = ops["petRead"].result
    assert pet.kind == "union" and pet.discriminator == "petType" and pet.tags == ("cat", "dog")
    assert [i.name for i in pet.items] == ["Cat", "Dog"]
    node = next(m for m in api.models if m.name == "Node")
    fields = {f.wire_name: f.type for f in node.fields}
    assert fields["value"] == TypeRef("primitive", "str", nullable=True)  # type: [string, "null"]
    assert fields["children"] == TypeRef("list", items=(TypeRef("model", "Node"),))  # recursion
    assert fields["tags"] == TypeRef("dict", items=(TypeRef("primitive", "str"),))
    assert fields["pets"].kind == "dict" and fields["pets"].items[0].tags == ("cat", "dog")  # map of models
    assert fields["matrix"] == TypeRef("list", items=(TypeRef("list", items=(TypeRef("primitive", "int"),)),))
    assert fields["extra"] == TypeRef("any")
    # prefixItems: closed (items: false, or minItems = maxItems = their number) is a tuple
    flt, day, num = TypeRef("primitive", "float"), TypeRef("primitive", "date"), TypeRef("primitive", "int")
    assert fields["point"] == TypeRef("tuple", items=(flt, flt))
    assert fields["span"] == TypeRef("tuple", items=(day, num))
    assert fields["labelled"] == TypeRef("list", items=(TypeRef("union", items=(TypeRef("primitive", "str"), num)),))
    assert fields["slash"].kind == "union" and fields["tilde"] == TypeRef("primitive", "str")  # ~1 and %7B, ~0
    assert ops["ping"].security == () and ops["formSubmit"].security == (("basicAuth",),)
    assert ops["blobPut"].security == (("keyQuery",), ("keyCookie",))
    assert {s.name: (s.kind, s.scheme, s.location, s.parameter) for s in mixed[0].api.security_schemes}["keyHeader"] == ("apiKey", "", "header", "X-Api-Key")
    assert [p.location for p in ops["petCreate"].parameters] == ["header", "cookie"]
    assert ops["formSubmit"].body.content_type == "application/x-www-form-urlencoded"
    assert ops["fileUpload"].body.content_type == "multipart/form-data"
    assert ops["blobPut"].body.type == TypeRef("primitive", "bytes")
    assert ops["blobGet"].result == TypeRef("primitive", "bytes") and ops["blobGet"].response_content_type == "application/octet-stream"
    assert ops["ping"].result == TypeRef("primitive", "str") and ops["ping"].response_content_type == "text/plain"
    assert {w.name for w in api.webhooks} == {"petAdopted", "petUpdated"}
    dog = next(m for m in api.models if m.name == "Dog")
    assert next(f for f in dog.fields if f.wire_name == "name").example == "Tom"  # 3.1 `examples`
    assert next(f for f in dog.fields if f.wire_name == "weight").type.kind == "enum"  # number enum


def test_golden_files_of_the_mixed_fixture(mixed):
    problems = compare(mixed[0].files, GOLDEN)
    assert not problems, "tests/golden/mixed is out of date (see this module's docstring):\n" + "\n".join(problems[:30])


# -- the client on the wire -------------------------------------------------------------------


def test_discriminated_union_and_header_cookie_parameters(mixed, server):
    pkg = mixed[1]
    server.on("POST", "/pets", Reply(status=201, body={"petType": "dog", "name": "Rex", "weight": 2.5}))
    with client_for(pkg, server) as client:
        pet = client.pets.create(body={"petType": "cat", "name": "Tom"}, x_trace_id="t-1", locale="fr")
    assert type(pet).__name__ == "Dog" and pet.name == "Rex"
    request = server.requests[0]
    assert request.json() == {"petType": "cat", "name": "Tom"}
    assert request.headers["x-trace-id"] == "t-1" and "locale=fr" in request.headers["cookie"]
    assert request.headers["authorization"] == "Bearer bear"


def test_error_body_from_a_referenced_response(mixed, server):
    pkg = mixed[1]
    server.on("GET", "/pets/9", Reply(status=404, body={"message": "no such pet", "code": 404}))
    with client_for(pkg, server) as client, pytest.raises(pkg.NotFoundError) as info:
        client.pets.read(9)
    assert info.value.message == "no such pet"


def test_recursive_model_round_trip(mixed, server):
    pkg = mixed[1]
    node = {
        "value": None,
        "children": [{"value": "leaf", "children": []}],
        "pets": {"a": {"petType": "cat", "name": "Tom", "lives": 9}},
        "matrix": [[1, 2], [3]],
        "point": [1.5, 2.5],
        "span": ["2026-11-24", 3],
        "labelled": ["x", 1],
        "kind": "node",
        "shape": "round",
        "ti~lde": "~",
    }
    server.on("PUT", "/nodes", Reply(body=node))
    with client_for(pkg, server) as client:
        result = client.nodes.replace(body=node)
    assert result.children[0].value == "leaf" and type(result.pets["a"]).__name__ == "Cat"
    assert result.matrix == [[1, 2], [3]] and result.ti_lde == "~" and result.shape.value == "round"
    assert result.point == (1.5, 2.5) and result.span == (date(2026, 11, 24), 3) and result.labelled == ["x", 1]
    assert server.requests[0].json() == node


def test_operation_without_security_sends_no_token_and_reads_text(mixed, server):
    pkg = mixed[1]
    server.on("GET", "/ping", Reply(body="pong", headers={"Content-Type": "text/plain"}))
    with client_for(pkg, server) as client:
        assert client.pings.ping() == "pong"  # no tag: the resource is named after the path
    assert "authorization" not in server.requests[0].headers


def test_form_body_with_basic_auth(mixed, server):
    pkg = mixed[1]
    server.on("POST", "/forms", Reply(status=204))
    with client_for(pkg, server, credentials={"basicAuth": ("ann", "s3cret")}) as client:
        client.uploads.form_submit(body={"name": "a b", "count": 2, "agree": True})
    request = server.requests[0]
    assert request.headers["content-type"].startswith("application/x-www-form-urlencoded")
    from urllib.parse import parse_qsl

    assert parse_qsl(request.body.decode()) == [("name", "a b"), ("count", "2"), ("agree", "true")]
    assert request.headers["authorization"] == "Basic " + base64.b64encode(b"ann:s3cret").decode()


def test_multipart_upload_with_api_key_header(mixed, server):
    pkg = mixed[1]
    server.on("POST", "/uploads", Reply(status=201, body={"size": 5}))
    with client_for(pkg, server, credentials={"keyHeader": "k-123"}) as client:
        result = client.uploads.file_upload(body={"file": ("hello.txt", b"hello", "text/plain"), "title": "greeting"})
    assert result.size == 5
    request = server.requests[0]
    assert request.headers["x-api-key"] == "k-123" and "authorization" not in request.headers
    message = BytesParser(policy=HTTP).parsebytes(b"Content-Type: " + request.headers["content-type"].encode() + b"\r\n\r\n" + request.body)
    parts = {part.get_param("name", header="content-disposition"): part for part in message.iter_parts()}
    assert parts["file"].get_filename() == "hello.txt" and parts["file"].get_payload(decode=True) == b"hello"
    assert parts["title"].get_payload(decode=True) == b"greeting"


def test_binary_body_and_response_with_api_key_in_query_or_cookie(mixed, server):
    pkg = mixed[1]
    server.on("PUT", "/blobs/data.bin", Reply(status=204))
    server.on("GET", "/blobs/data.bin", Reply(body=b"\x00\x01binary", headers={"Content-Type": "application/octet-stream"}))
    with client_for(pkg, server, credentials={"keyQuery": "q-key"}) as client:
        client.uploads.blob_put("data.bin", body=b"\x00\x01binary")
        assert client.uploads.blob_get("data.bin") == b"\x00\x01binary"
    put = server.requests[0]
    assert put.body == b"\x00\x01binary" and put.headers["content-type"] == "application/octet-stream"
    assert put.query_pairs == [("api_key", "q-key")]
    server.reset()
    server.on("GET", "/blobs/data.bin", Reply(body=b"x", headers={"Content-Type": "application/octet-stream"}))
    with client_for(pkg, server, credentials={"keyCookie": "c-key"}) as client:
        client.uploads.blob_get("data.bin")
    assert "session=c-key" in server.requests[0].headers["cookie"] and server.requests[0].raw_query == ""


def test_missing_credentials_are_reported_without_secrets(mixed, server):
    pkg = mixed[1]
    with client_for(pkg, server, credentials={"keyHeader": "do-not-print"}) as client:
        with pytest.raises(pkg.MixedApiError) as info:
            client.uploads.form_submit(body={"name": "x"})
    assert "basicAuth" in str(info.value) and "do-not-print" not in str(info.value) and "bear" not in str(info.value)


def test_webhook_payloads_from_callbacks_and_3_1_webhooks(mixed):
    pkg = mixed[1]
    webhooks = importlib.import_module(f"{PACKAGE}.webhooks")
    payload = json.dumps({"petType": "dog", "name": "Rex"}).encode()
    headers = {"X-Signature": webhooks.compute_signature(payload, "s"), "X-Webhook-Type": "petUpdated"}
    notification = webhooks.parse(payload, headers, "s", tolerance=None)
    assert type(notification.payload).__name__ == "Dog"  # the union's member that fits the tag
    assert pkg.__api_version__ == "2.0.0"


def test_3_1_webhook_delivered_over_loopback_and_dispatched(mixed, server):
    """``send_notification`` signs and POSTs a top-level 3.1 webhook; what arrived on
    127.0.0.1 is verified and dispatched to the handler of its type, typed by the tag."""
    webhooks = importlib.import_module(f"{PACKAGE}.webhooks")
    server.on("POST", "/hooks", Reply(status=202))
    response = webhooks.send_notification(f"{server.url}/hooks", {"petType": "cat", "name": "Tom", "lives": 9}, "s3", webhook_type="petUpdated")
    assert response.status_code == 202
    dispatcher = webhooks.WebhookDispatcher("s3")
    received = []
    dispatcher.on("petUpdated")(received.append)
    arrived = server.requests[0]
    dispatcher.dispatch(arrived.body, arrived.headers)
    (notification,) = received
    assert type(notification.payload).__name__ == "Cat" and notification.payload.lives.value == 9
    with pytest.raises(webhooks.WebhookVerificationError):
        webhooks.WebhookDispatcher("wrong").dispatch(arrived.body, arrived.headers)
