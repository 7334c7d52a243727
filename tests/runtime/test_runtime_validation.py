"""Responses are checked against their schema (issue 16) and hostile bodies fail typed
(issue 18), over real HTTP on 127.0.0.1."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import pytest

from runtime.errors import (
    SDKError,
    APIResponseValidationError,
    InternalServerError,
    NotFoundError,
    ResponseValidationError,
)
from runtime_fakes import EVSES, TOKEN, AsyncFakeAmpeco, FakeAmpeco, evse_json
from runtime_server import RecordingServer, Reply, SleepRecorder

SDK_LOGGER = (
    "runtime"  # the package's top-level logger: ``ampeco`` in the generated SDK
)


def make(server: RecordingServer, **kwargs: Any) -> FakeAmpeco:
    return FakeAmpeco(
        base_url=server.url, api_token=TOKEN, sleep=SleepRecorder(), **kwargs
    )


def warnings_of(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [
        r
        for r in caplog.records
        if r.name == SDK_LOGGER and r.levelno == logging.WARNING
    ]


# -- tolerated: unknown enum values, unknown fields, missing fields, lax coercion ------


@pytest.mark.parametrize(
    "data",
    [
        {
            "status": "charging-v2",
            **{k: v for k, v in evse_json(1).items() if k != "status"},
        },
        evse_json(1, brandNewField={"x": 1}),
        {"id": 1},  # chargePointId (required) missing
        evse_json(1, chargePointId="101", id="1"),  # pydantic's lax "1" for int
    ],
    ids=["unknown-enum", "unknown-field", "missing-required", "lax-coercion"],
)
def test_tolerated_differences_give_no_warning_and_no_errors(
    server: RecordingServer, caplog: pytest.LogCaptureFixture, data: dict[str, Any]
) -> None:
    server.on("GET", f"{EVSES}/1", Reply(200, {"data": data}))
    with caplog.at_level(logging.WARNING):
        evse = make(server).evses.read(1)
        strict = make(server, strict_responses=True).evses.read(1)
    assert warnings_of(caplog) == []
    assert evse.model_validation_errors == []
    assert strict.id == 1


# -- a wrong type: warned once, kept on the model; strict raises -----------------------


def test_wrong_type_warns_once_and_the_model_exposes_the_errors(
    server: RecordingServer, caplog: pytest.LogCaptureFixture
) -> None:
    body = {"data": evse_json(1, chargePointId="12.5kWh", connectors={"id": 1})}
    server.on("GET", f"{EVSES}/1", Reply(200, body))
    with caplog.at_level(logging.WARNING):
        evse = make(server).evses.read(1)
    (record,) = warnings_of(caplog)
    message = record.getMessage()
    assert "evseRead" in message
    assert "data.chargePointId" in message and "'12.5kWh'" in message
    assert "data.connectors" in message  # an object where a list is due
    assert evse.charge_point_id == "12.5kWh"  # the value as it came, not None
    locs = {tuple(e["loc"]) for e in evse.model_validation_errors}
    assert ("chargePointId",) in locs and ("connectors",) in locs
    inputs = {
        e["input"]
        for e in evse.model_validation_errors
        if e["loc"] == ("chargePointId",)
    }
    assert inputs == {"12.5kWh"}
    assert evse.status is not None and evse.status.value == "enabled"  # the rest parsed


def test_strict_responses_raise_response_validation_error(
    server: RecordingServer,
) -> None:
    server.on("GET", f"{EVSES}/1", Reply(200, {"data": evse_json(1, id="seven")}))
    with pytest.raises(ResponseValidationError) as info:
        make(server, strict_responses=True).evses.read(1)
    exc = info.value
    assert isinstance(exc, SDKError) and isinstance(exc, APIResponseValidationError)
    assert exc.operation == "evseRead"
    assert exc.status == 200
    assert exc.response.status_code == 200
    assert [e["loc"] for e in exc.errors] == [("data", "id")]
    assert exc.errors[0]["input"] == "seven"
    assert "data.id" in str(exc)


def test_with_options_turns_strict_on_for_one_call(server: RecordingServer) -> None:
    server.on("GET", f"{EVSES}/1", Reply(200, {"data": evse_json(1, id="seven")}))
    client = make(server)
    assert client.evses.read(1).id == "seven"
    with pytest.raises(ResponseValidationError):
        client.with_options(strict_responses=True).evses.read(1)


def test_listing_items_keep_their_own_errors(
    server: RecordingServer, caplog: pytest.LogCaptureFixture
) -> None:
    items = [evse_json(1), evse_json(2, phases="three"), evse_json(3)]
    server.on("GET", EVSES, Reply(200, {"data": items, "links": {"next": None}}))
    with caplog.at_level(logging.WARNING):
        page = make(server).evses.listing().first_page()
    (record,) = warnings_of(caplog)
    assert "evsesListing" in record.getMessage()
    assert "data[1].phases" in record.getMessage()
    assert [e["loc"] for e in page.validation_errors] == [("data", 1, "phases")]
    assert page.data[0].model_validation_errors == []
    assert [e["loc"] for e in page.data[1].model_validation_errors] == [("phases",)]
    assert [e.id for e in page.data] == [1, 2, 3]
    with pytest.raises(ResponseValidationError) as info:
        list(make(server, strict_responses=True).evses.listing())
    assert info.value.operation == "evsesListing"


def test_async_strict_responses(server: RecordingServer) -> None:
    server.on("GET", f"{EVSES}/1", Reply(200, {"data": evse_json(1, id=[1])}))

    async def main() -> None:
        async with AsyncFakeAmpeco(
            base_url=server.url, api_token=TOKEN, strict_responses=True
        ) as client:
            with pytest.raises(ResponseValidationError):
                await client.evses.read(1)
        async with AsyncFakeAmpeco(base_url=server.url, api_token=TOKEN) as client:
            evse = await client.evses.read(1)
            assert evse.model_validation_errors[0]["loc"] == ("id",)

    asyncio.run(asyncio.wait_for(main(), 20))


# -- hostile bodies: typed errors, never RecursionError --------------------------------

DEEP = b"[" * 100_000 + b"]" * 100_000
DEEP_OBJECT = b'{"data":' * 100_000 + b"1" + b"}" * 100_000


@pytest.mark.parametrize("body", [DEEP, DEEP_OBJECT], ids=["array", "object"])
@pytest.mark.parametrize(
    "status,error",
    [
        (200, APIResponseValidationError),
        (404, NotFoundError),
        (500, InternalServerError),
    ],
)
def test_json_nested_100000_deep_raises_the_sdk_error(
    server: RecordingServer, body: bytes, status: int, error: type[Exception]
) -> None:
    reply = Reply(status, body, {"Content-Type": "application/json"})
    server.on("GET", f"{EVSES}/1", reply)
    server.on("GET", EVSES, reply)
    client = make(server, max_retries=0)
    with pytest.raises(error):
        client.evses.read(1)
    with pytest.raises(error):
        list(client.evses.listing())
    with pytest.raises(error):
        client.with_raw_response.evses.read(1).parse()


def test_a_malformed_next_link_is_an_sdk_error(server: RecordingServer) -> None:
    body = {"data": [evse_json(1)], "links": {"next": "http://[::1"}}
    server.on("GET", EVSES, Reply(200, body))
    with pytest.raises(SDKError) as info:
        list(make(server).evses.listing())
    assert "links.next" in str(info.value)
