"""The generated SDK (real 3.110.0 spec, package ``ampeco_fresh``) over real HTTP on
127.0.0.1: schema mismatches, typed inputs, escape hatches, raw/streamed views and
deprecated fields, wired through the generated methods (issue 16)."""

from __future__ import annotations

import gc
import importlib
import json
import logging
import tracemalloc
import sys
import warnings
from datetime import datetime, timezone
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from generator.pipeline import generate
from generator.versions.manifest import load_manifest
from generator.writer import write_tree
from runtime_server import RecordingServer, Reply

REPO = Path(__file__).resolve().parents[2]
PACKAGE = "ampeco_fresh"
SESSIONS = "/public-api/resources/sessions/v1.0"
USERS = "/public-api/resources/users/v1.0"
TOKEN = "tok-fresh-SECRET"


@pytest.fixture(scope="module")
def pkg(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    out = tmp_path_factory.mktemp("fresh_sdk")
    entry = load_manifest(REPO / "specs" / "versions.toml").get("3.110.0")
    # AMPECO's own class names (Ampeco, AmpecoStub, AMPECO_*) under another import name
    result = generate(
        entry.path,
        package=PACKAGE,
        names_lock=REPO / "specs" / "names.lock.json",
        version="3.110.0",
        client_name="Ampeco",
    )
    write_tree(result.files, out)
    sys.path.insert(0, str(out))
    return importlib.import_module(PACKAGE)


def client(pkg: ModuleType, server: RecordingServer, **kwargs: Any) -> Any:
    return pkg.Ampeco(base_url=server.url, api_token=TOKEN, max_retries=0, **kwargs)


def session(**extra: Any) -> dict[str, Any]:
    data = {"id": "1", "status": "finished", "energyConsumption": {"total": 12.5}}
    data.update(extra)
    return data


def test_a_mistyped_response_warns_on_the_package_logger(
    pkg: ModuleType, server: RecordingServer, caplog: pytest.LogCaptureFixture
) -> None:
    server.on(
        "GET",
        f"{SESSIONS}/1",
        Reply(200, {"data": session(energyConsumption={"total": "12.5kWh"})}),
    )
    with caplog.at_level(logging.WARNING, logger=PACKAGE):
        got = client(pkg, server).sessions.read("1")
    (record,) = [r for r in caplog.records if r.name == PACKAGE]
    assert "sessionRead" in record.getMessage()
    assert (
        "data.energyConsumption.total" in record.getMessage()
        and "'12.5kWh'" in record.getMessage()
    )
    assert got.energy_consumption.total == "12.5kWh"
    assert [e["loc"] for e in got.model_validation_errors] == [
        ("energyConsumption", "total")
    ]
    with pytest.raises(pkg.ResponseValidationError) as info:
        client(pkg, server, strict_responses=True).sessions.read("1")
    assert isinstance(info.value, pkg.AmpecoError)
    assert info.value.operation == "sessionRead" and info.value.status == 200


def test_a_wrong_filter_key_raises_before_sending(
    pkg: ModuleType, server: RecordingServer
) -> None:
    with pytest.raises(pkg.UnknownKeyError, match="did you mean 'startedAfter'"):
        client(pkg, server).sessions.listing(filter={"startedAftr": "x"}).first_page()
    assert server.requests == []


def test_snake_case_filter_keys_and_literals_go_out_as_wire_keys(
    pkg: ModuleType, server: RecordingServer
) -> None:
    server.on("GET", SESSIONS, Reply(200, {"data": [session()]}))
    since = datetime(2024, 5, 1, tzinfo=timezone.utc)
    page = (
        client(pkg, server)
        .sessions.listing(filter={"started_after": since, "status": "finished"})
        .first_page()
    )
    assert [s.id for s in page] == ["1"]
    assert ("filter[startedAfter]", "2024-05-01T00:00:00+00:00") in server.requests[
        0
    ].query_pairs
    assert ("filter[status]", "finished") in server.requests[0].query_pairs
    model_filter = pkg.models.SessionsListingFilter(status="finished")
    client(pkg, server).sessions.listing(filter=model_filter).first_page()
    assert ("filter[status]", "finished") in server.requests[1].query_pairs


def test_a_wrong_body_key_raises_before_sending(
    pkg: ModuleType, server: RecordingServer
) -> None:
    with pytest.raises(pkg.UnknownKeyError) as info:
        client(pkg, server).users.create(
            body={"email": "a@b.c", "password": "x", "firstName": "A"}
        )
    assert (
        info.value.key == "firstName" and info.value.suggestion == "first_name"
    )  # AMPECO's own key
    assert server.requests == []


def test_extras_on_a_generated_method(pkg: ModuleType, server: RecordingServer) -> None:
    server.on("POST", USERS, Reply(201, {"data": {"id": 5, "email": "a@b.c"}}))
    client(pkg, server).users.create(
        body={"email": "a@b.c", "password": "x"},
        extra_headers={"X-Trace": "t1"},
        extra_query={"dryRun": "1"},
        extra_body={"newField": True},
    )
    sent = server.requests[0]
    assert sent.headers["x-trace"] == "t1" and ("dryRun", "1") in sent.query_pairs
    assert sent.json() == {"email": "a@b.c", "password": "x", "newField": True}


def test_raw_and_streamed_views(pkg: ModuleType, server: RecordingServer) -> None:
    server.on(
        "GET", f"{SESSIONS}/1", Reply(200, {"data": session()}, {"X-Request-Id": "r1"})
    )
    raw = client(pkg, server).with_raw_response.sessions.read("1")
    assert raw.headers["x-request-id"] == "r1" and raw.parse().id == "1"
    with client(pkg, server).with_streaming_response.sessions.read("1") as streamed:
        assert streamed.parse().id == "1"
    server.on("GET", SESSIONS, Reply(200, {"data": [session()]}))
    assert [
        s.id for s in client(pkg, server).with_raw_response.sessions.listing().parse()
    ] == ["1"]
    assert repr(client(pkg, server).with_raw_response.sessions).startswith("<")


def test_deprecated_fields_warn_with_model_field_and_replacement(
    pkg: ModuleType,
) -> None:
    model = pkg.models.Session.model_construct(external_session_id="e1")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert model.external_session_id == "e1"
    (warning,) = caught
    assert issubclass(warning.category, DeprecationWarning)
    assert (
        str(warning.message)
        == "Session.external_session_id is deprecated; use id_tag instead"
    )


def test_deprecated_fields_are_marked_in_the_model_docs() -> None:
    from generator.emit.sdk import TypeContext, model_lines
    from generator.model.ir import Field, Model, TypeRef

    text = TypeRef("primitive", "str")
    model = Model(
        "Terminal",
        (
            Field(
                "is_online",
                "isOnline",
                TypeRef("primitive", "bool"),
                False,
                "Use `networkStatus` instead",
                deprecated=True,
            ),
            Field("old", "old", text, False, deprecated=True),
            Field("network_status", "networkStatus", text, False),
        ),
    )
    lines = "\n".join(model_lines(model, TypeContext({}), {}))
    assert (
        'deprecated="Terminal.is_online is deprecated; use network_status instead"'
        in lines
    )
    assert '"""Deprecated; use network_status instead.' in lines
    assert (
        'deprecated="Terminal.old is deprecated"' in lines
        and '"""Deprecated."""' in lines
    )


# Peak and retained memory of parsing a page, as multiples of its body (the body
# itself included: page.response keeps it). Measured on 20 MB pages
# (bench_listing_memory.py): fit 3.3x (3.6x before models dropped their empty dict of
# unknown keys, 7.1x before they shared their set of field names); mismatch 4.6x
# (5.6x when the whole body was decoded to Python objects first).
_PAGE_BOUNDS = {"fit": 3.5, "mismatch": 5.0}


@pytest.mark.parametrize("mode", sorted(_PAGE_BOUNDS))
def test_a_listing_page_costs_about_three_times_its_body(
    pkg: ModuleType, server: RecordingServer, mode: str, caplog: Any
) -> None:
    """tracemalloc over a ~5 MB page of EVSEs as the stub invents them (real HTTP);
    ``mismatch``: every item with a mistyped id, so each takes the lenient path."""
    stub = pkg.stub.AmpecoStub(seed=1, sample_items=100)
    sample = pkg.Ampeco("http://stub.local", "t", transport=stub.transport())
    items = json.loads(sample.with_raw_response.evses.listing(per_page=100).content)[
        "data"
    ]
    if mode == "mismatch":
        items = [dict(item, id=f"evse-{n}") for n, item in enumerate(items)]
    count = 5_000_000 // len(json.dumps(items[0]))
    body = json.dumps(
        {"data": [items[n % len(items)] for n in range(count)], "links": {"next": None}}
    ).encode()
    server.on(
        "GET",
        "/public-api/resources/evses/v2.1",
        Reply(200, body, {"Content-Type": "application/json"}),
    )
    api = client(pkg, server)
    api.evses.listing(per_page=1).first_page()  # imports and validators built first
    caplog.set_level(logging.CRITICAL)  # the mismatch warning is not what is measured
    gc.collect()
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        page = api.evses.listing(per_page=count).first_page()
        current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(page.data) == count
    assert len(page.validation_errors) == (count if mode == "mismatch" else 0)
    bound = _PAGE_BOUNDS[mode]
    assert (peak - base) / len(body) < bound, (peak - base) / len(body)
    assert (current - base) / len(body) < bound
