"""Inputs: mappings checked against their schema before sending, escape hatches
(``extra_headers``/``extra_query``/``extra_body``) and ``AMPECO_LOG`` (issue 16)."""

from __future__ import annotations

import logging
from typing import Any, ClassVar

import pytest
from pydantic import Field

LOG_ENV = "AMPECO_LOG"  # the fake client's _log_env
from runtime.errors import SDKError, ConfigurationError, UnknownKeyError
from runtime.models import SDKModel, OpenEnum
from runtime_fakes import (
    EVSE_READ,
    EVSES,
    SESSIONS,
    SESSIONS_LISTING,
    START,
    START_SESSION,
    TOKEN,
    Evse,
    FakeAmpeco,
    StartSessionAccepted,
    evse_json,
)
from runtime_server import RecordingServer, Reply, SleepRecorder


class Status(OpenEnum):
    FINISHED = "finished"


class Roaming(SDKModel):
    roaming_operator_ids: list[int] | None = Field(
        default=None,
        validation_alias="roamingOperatorIds",
        serialization_alias="roamingOperatorIds",
    )


class Tariff(SDKModel):
    price_per_kwh: float | None = Field(
        default=None, validation_alias="pricePerKwh", serialization_alias="pricePerKwh"
    )


class SessionsFilter(SDKModel):
    started_after: str | None = Field(
        default=None,
        validation_alias="startedAfter",
        serialization_alias="startedAfter",
    )
    status: Status | None = None
    roaming: Roaming | None = None


class StartBody(SDKModel):
    user_id: int | None = Field(
        default=None, validation_alias="userId", serialization_alias="userId"
    )
    tariffs: list[Tariff] | None = None


def make(server: RecordingServer, **kwargs: Any) -> FakeAmpeco:
    return FakeAmpeco(
        base_url=server.url, api_token=TOKEN, sleep=SleepRecorder(), **kwargs
    )


def listing(client: FakeAmpeco, filter: Any, **kwargs: Any) -> Any:
    return client._paginate(
        SESSIONS_LISTING,
        dict,
        query={"filter": filter},
        query_types={"filter": SessionsFilter},
        **kwargs,
    ).first_page()


def start(client: FakeAmpeco, body: Any, **kwargs: Any) -> Any:
    return client._request(
        START_SESSION,
        StartSessionAccepted,
        path={"chargePoint": 42, "evse": 1},
        body=body,
        body_type=StartBody,
        **kwargs,
    )


ACCEPTED = {"success": True, "sessionId": 1, "authorizationId": 2}


# -- unknown keys: refused before sending, naming the closest valid key ---------------


def test_a_wrong_filter_key_raises_before_anything_is_sent(
    server: RecordingServer,
) -> None:
    client = make(server)
    with pytest.raises(UnknownKeyError) as info:
        listing(client, {"startedAftr": "2024-01-01"})
    exc = info.value
    assert isinstance(exc, SDKError) and isinstance(exc, ValueError)
    assert exc.key == "startedAftr" and exc.suggestion == "startedAfter"
    assert exc.path == "filter.startedAftr"
    assert "'startedAftr'" in str(exc) and "did you mean 'startedAfter'" in str(exc)
    assert server.requests == []


def test_a_wrong_nested_body_key_names_its_path(server: RecordingServer) -> None:
    with pytest.raises(UnknownKeyError) as info:
        start(
            make(server), {"userId": 7, "tariffs": [{"pricePerKwh": 1}, {"price": 2}]}
        )
    assert info.value.path == "body.tariffs[1].price"
    assert info.value.suggestion == "pricePerKwh"
    assert server.requests == []


def test_snake_case_keys_are_renamed_to_wire_keys(server: RecordingServer) -> None:
    server.on("GET", SESSIONS, Reply(200, {"data": []}))
    listing(
        make(server),
        {
            "started_after": "2024-01-01",
            "status": Status.FINISHED,
            "roaming": {"roaming_operator_ids": [3]},
        },
    )
    assert server.requests[0].query_pairs == [
        ("filter[startedAfter]", "2024-01-01"),
        ("filter[status]", "finished"),
        ("filter[roaming][roamingOperatorIds][]", "3"),
    ]
    server.on("POST", START, Reply(202, ACCEPTED))
    start(make(server), {"user_id": 7, "tariffs": [{"price_per_kwh": 0.5}]})
    assert server.requests[-1].json() == {
        "userId": 7,
        "tariffs": [{"pricePerKwh": 0.5}],
    }


def test_models_pass_unchecked(server: RecordingServer) -> None:
    server.on("POST", START, Reply(202, ACCEPTED))
    start(make(server), StartBody(user_id=3))
    assert server.requests[-1].json() == {"userId": 3}


# -- extra_headers / extra_query / extra_body -------------------------------------------


def test_extras_are_merged_last(server: RecordingServer) -> None:
    server.on("POST", START, Reply(202, ACCEPTED))
    start(
        make(server),
        {"userId": 7},
        extra_headers={"X-Feature": "beta", "Accept": "application/vnd.x+json"},
        extra_query={"dryRun": True, "tags": ["a", "b"]},
        extra_body={"userId": 8, "newField": {"x": 1}},
    )
    sent = server.requests[-1]
    assert sent.headers["x-feature"] == "beta"
    assert sent.headers["accept"] == "application/vnd.x+json"
    assert ("dryRun", "true") in sent.query_pairs
    assert sent.json() == {"userId": 8, "newField": {"x": 1}}


def test_extra_body_alone_is_the_body(server: RecordingServer) -> None:
    server.on("POST", START, Reply(202, ACCEPTED))
    start(make(server), None, extra_body={"userId": 1})
    assert server.requests[-1].json() == {"userId": 1}


def test_extra_query_reaches_every_page(server: RecordingServer) -> None:
    page1 = {"data": [{"id": 1}], "links": {"next": f"{server.url}{SESSIONS}?page=2"}}
    server.on("GET", SESSIONS, Reply(200, page1), Reply(200, {"data": []}))
    pager = make(server)._paginate(SESSIONS_LISTING, dict, extra_query={"region": "eu"})
    assert list(pager) == [{"id": 1}]
    assert all(("region", "eu") in r.query_pairs for r in server.requests)


@pytest.mark.parametrize("name", ["Authorization", "authorization"])
def test_extra_headers_never_replace_the_credentials(
    server: RecordingServer, name: str
) -> None:
    with pytest.raises(ConfigurationError, match="credentials"):
        make(server)._request(
            EVSE_READ, Evse, path={"evse": 1}, extra_headers={name: "Bearer other"}
        )
    assert server.requests == []


# -- AMPECO_LOG ----------------------------------------------------------------------


@pytest.fixture
def sdk_logger() -> Any:
    logger = logging.getLogger("runtime")
    level, handlers = logger.level, list(logger.handlers)
    yield logger
    logger.setLevel(level)
    logger.handlers[:] = handlers


@pytest.mark.parametrize("value", ["debug", "INFO"])
def test_ampeco_log_turns_on_request_logging(
    server: RecordingServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    sdk_logger: Any,
    value: str,
) -> None:
    monkeypatch.setenv(LOG_ENV, value)
    server.on("GET", f"{EVSES}/1", Reply(503, {}), Reply(200, {"data": evse_json(1)}))
    make(server).evses.read(1)
    make(server)  # a second client adds no second handler
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if f"{EVSES}/1" in line and "->" in line]
    assert len(lines) == 2, err
    assert "GET" in lines[0] and "-> 503" in lines[0] and "(attempt 1)" in lines[0]
    assert "-> 200" in lines[1] and "(attempt 2)" in lines[1]
    assert " s " in lines[1]  # elapsed
    assert TOKEN not in err
    assert ("Sending" in err) == (value == "debug")


def test_without_ampeco_log_nothing_is_printed(
    server: RecordingServer, capsys: pytest.CaptureFixture[str], sdk_logger: Any
) -> None:
    server.on("GET", f"{EVSES}/1", Reply(200, {"data": evse_json(1)}))
    make(server).evses.read(1)
    assert capsys.readouterr().err == ""


class Labels(SDKModel):
    """An object with properties and additionalProperties: other keys are its own."""

    _open_keys: ClassVar[bool] = True
    user_id: int | None = Field(default=None, validation_alias="userId", serialization_alias="userId")


def test_a_model_with_additional_properties_keeps_unknown_keys() -> None:
    from runtime.models import check_keys

    assert check_keys(Labels, {"user_id": 1, "colour": "red"}, "body") == {"userId": 1, "colour": "red"}
    assert "_open_keys" not in Labels.model_fields
    with pytest.raises(UnknownKeyError):
        check_keys(StartBody, {"colour": "red"}, "body")


def test_the_generator_marks_models_with_additional_properties() -> None:
    from generator.emit.sdk import TypeContext, model_lines
    from generator.model.ir import Field as IRField, Model, TypeRef

    text = TypeRef("primitive", "str")
    ctx = TypeContext({})
    lines = model_lines(Model("Labels", (IRField("name", "name", text, False),), extra=text), ctx, {})
    assert "    _open_keys: ClassVar[bool] = True" in lines and "ClassVar" in ctx.typing
    assert not any("_open_keys" in line for line in model_lines(Model("Plain", (IRField("name", "name", text, False),)), ctx, {}))
