"""A spec in the style of AMPECO's newer lines (issue 8): every schema a named component,
names that are not Python (``1``, ``allOf-1``, ``validation-error``, ``read``, ``US``,
``Partner-read``, ``TerminalTypeV1_1``), shared parameters, responses, request bodies and
headers by ``$ref``, OpenAPI 3.0 ``nullable``, and a component's schema repeated inline.
The generated client is tested against a loopback server.
"""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path

import pytest

from generator.pipeline import generate
from generator.writer import write_tree

from .conftest import FIXTURES, generate_package
from .runtime.runtime_server import Reply

SPEC = FIXTURES / "named" / "openapi.yaml"
PACKAGE = "named_api"

PARTNER = {"id": 7, "name": "Volt", "country": "CA", "contact": {"email": None}, "createdAt": "2026-11-24T10:00:00+02:00"}


@pytest.fixture(scope="module")
def named(tmp_path_factory):
    out = tmp_path_factory.mktemp("named")
    result = generate_package(SPEC, out, PACKAGE)
    yield result, importlib.import_module(PACKAGE), out
    sys.path.remove(str(out))


def client_for(pkg, server):
    return pkg.NamedApi(base_url=server.url, api_token="tok", max_retries=0)


# -- names --------------------------------------------------------------------------------


def test_component_names_become_readable_unique_class_names(named):
    api = named[0].api
    names = {m.name for m in api.models} | {e.name for e in api.enums}
    # kept as the spec wrote them: already class names
    assert {"US", "TerminalTypeV1_1", "TerminalTypeV11"} <= names
    # words joined: `Partner-read`, `validation-error`, `message`
    assert {"PartnerRead", "ValidationError", "Message"} <= names
    # `1` and `2` name nothing: named from where they are used
    assert {"PartnerReadContact", "PartnerReadBilling"} <= names
    assert not {"Model1", "Model2", "1", "2"} & names
    # `allOf-1`, a tool's name, yields to the operation's: the body of terminalCreate
    assert "TerminalCreateRequest" in names and "AllOf1" not in names
    # case-insensitively unique, so every module and docs page has a file of its own
    assert len({n.casefold() for n in names}) == len(names)
    paths = list(named[0].files)
    assert len({p.casefold() for p in paths}) == len(paths)


def test_inline_copy_of_a_component_reuses_its_class(named):
    ops = {o.operation_id: o for o in named[0].api.operations}
    listing_item = ops["partnersListing"].item_type
    assert listing_item.name == "PartnerRead"
    assert ops["partnerRead"].result == listing_item  # the inline copy: the same class
    assert ops["partnerCreate"].result == listing_item
    # the write side of `Partner` drops its readOnly fields
    body = next(m for m in named[0].api.models if m.name == "Partner")
    assert [f.wire_name for f in body.fields] == ["name", "country", "contact", "billing"]


def test_generated_package_passes_mypy_strict(named):
    out = named[2]
    run = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", str(out / ".mypy"), PACKAGE],
        cwd=out,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stdout + run.stderr


# -- the client on the wire ---------------------------------------------------------------


def test_listing_follows_cursor_pages_with_shared_parameters(named, server):
    pkg = named[1]
    base = "/resources/partners/v2.0"
    server.on(
        "GET",
        base,
        Reply(body={"data": [PARTNER], "links": {"next": f"{server.url}{base}?cursor=c2"}, "meta": {"next_cursor": "c2"}}),
        Reply(body={"data": [{**PARTNER, "id": 8, "country": "NV"}], "links": {"next": None}, "meta": {}}),
    )
    with client_for(pkg, server) as client:
        partners = list(client.partners.listing(per_page=1, filter_country=pkg.models.US.CA))
    assert [p.id for p in partners] == [7, 8]
    assert isinstance(partners[0], pkg.models.PartnerRead) and partners[0].country is pkg.models.US.CA
    assert partners[1].country == "NV"  # a state this version does not list: kept, not rejected
    assert partners[0].contact.email is None  # 3.0 nullable
    assert server.requests[0].decoded_query == "per_page=1&filter[country]=CA"
    # the next link's cursor, with the caller's parameters the link leaves out
    assert server.requests[1].decoded_query == "cursor=c2&per_page=1&filter[country]=CA"


def test_create_sends_the_write_model_and_reads_the_created_one(named, server):
    pkg = named[1]
    server.on("POST", "/resources/partners/v2.0", Reply(status=201, body={"data": PARTNER}))
    body = pkg.models.Partner(name="Volt", country=pkg.models.US.CA, contact=pkg.models.PartnerReadContact(email=None))
    with client_for(pkg, server) as client:
        created = client.partners.create(body=body)
    assert created.id == 7 and created.created_at.utcoffset().total_seconds() == 7200
    assert server.requests[0].json() == {"name": "Volt", "country": "CA", "contact": {"email": None}}
    assert server.requests[0].headers["authorization"] == "Bearer tok"


def test_validation_error_component_is_the_422_body(named, server):
    pkg = named[1]
    errors = {"name": ["The name field is required."]}
    server.on("POST", "/resources/partners/v2.0", Reply(status=422, body={"message": "The name field is required.", "errors": errors}))
    with client_for(pkg, server) as client, pytest.raises(pkg.UnprocessableEntityError) as info:
        client.partners.create(body={"country": "TX"})
    assert info.value.errors == errors and info.value.message == "The name field is required."


def test_read_and_delete_with_a_path_item_parameter(named, server):
    pkg = named[1]
    server.on("GET", "/resources/partners/v2.0/7", Reply(body={"data": PARTNER}))
    server.on("DELETE", "/resources/partners/v2.0/7", Reply(status=204))
    server.on("GET", "/resources/partners/v2.0/9", Reply(status=404, body={"message": "No query results."}))
    with client_for(pkg, server) as client:
        assert client.partners.read(7).name == "Volt"
        assert client.partners.delete(7) is None
        with pytest.raises(pkg.NotFoundError, match="No query results"):
            client.partners.read(9)


def test_all_of_body_and_form_exploded_array_query(named, server):
    pkg = named[1]
    terminal = {"data": {"serial": "SN-1", "type": "payter", "level": 2, "partnerId": None, "id": 3}}
    server.on("POST", "/resources/terminals/v1.1", Reply(status=201, body=terminal))
    server.on("GET", "/resources/terminals/v1.1/3", Reply(body=terminal))
    server.on("GET", "/resources/terminal-types/v1.1", Reply(body={"data": ["payter", "nayax"]}))
    models = pkg.models
    with client_for(pkg, server) as client:
        body = models.TerminalCreateRequest(serial="SN-1", type=models.TerminalTypeV1_1.PAYTER, level=models.TerminalTypeV11.V2)
        created = client.terminals.create(body=body)
        read = client.terminals.read(3, include=["type", "partner"])
        kinds = client.terminals.types_get()
    assert created == read and read.type is models.TerminalTypeV1_1.PAYTER and read.level == 2
    assert server.requests[0].json() == {"serial": "SN-1", "type": "payter", "level": 2}
    # `include` is declared style form, explode true: the name repeats (OpenAPI), no brackets
    assert server.requests[1].decoded_query == "include=type&include=partner"
    assert kinds == [models.TerminalTypeV1_1.PAYTER, models.TerminalTypeV1_1.NAYAX]


# -- names the generated code needs ---------------------------------------------------------

RESERVED = ["Any", "Field", "SDKModel", "OpenEnum", "Page", "Decimal", "Notification", "PetsResource", "None", "class"]


def test_component_names_that_clash_with_generated_code_are_renamed(tmp_path):
    import yaml

    schemas = {
        name: {"type": "object", "properties": {"v": {"type": "string"}, "next": {"$ref": f"#/components/schemas/{RESERVED[(i + 1) % len(RESERVED)]}"}}}
        for i, name in enumerate(RESERVED)
    }
    ref = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Any"}}}}
    spec = {
        "openapi": "3.0.3",
        "info": {"title": "Clash", "version": "1"},
        "paths": {"/pets": {"post": {"operationId": "petsCreate", "tags": ["pets"], "requestBody": ref, "responses": {"200": {"description": "ok", **ref}}}}},
        "components": {"schemas": schemas},
    }
    path = tmp_path / "clash.yaml"
    path.write_text(yaml.safe_dump(spec))
    result = generate(path, package="clash_api")
    names = {m.name for m in result.api.models}
    assert names == {"Any_", "Field_", "SDKModel_", "OpenEnum_", "Page_", "Decimal_", "Notification_", "PetsResource_", "None_", "Class"}
    out = tmp_path / "out"
    write_tree(result.files, out)
    check = (
        "import clash_api.models as m, clash_api.resources.pets as r\n"
        "v = m.Any_.model_validate({'v': 'a', 'next': {'v': 'b', 'next': {'v': 'c'}}})\n"
        "assert type(v.next).__name__ == 'Field_' and type(v.next.next).__name__ == 'SDKModel_'\n"
        "assert v.next.next.v == 'c' and r.PetsResource.__name__ == 'PetsResource'\n"
    )
    run = subprocess.run([sys.executable, "-c", check], cwd=out, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    run = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", str(tmp_path / ".mypy"), "clash_api"],
        cwd=out,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stdout + run.stderr
