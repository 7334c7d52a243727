"""Fast client tests through ``httpx.MockTransport`` (no sockets)."""

from __future__ import annotations

import warnings
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from typing import Annotated, Any

import httpx
import pytest
from pydantic import Field

from runtime.client import SyncClient
from runtime.errors import ConfigurationError
from runtime.models import SDKModel, encode_json, parse_loose
from runtime.operation import Operation, Param
from runtime_fakes import TOKEN, Evse, FakeAmpeco, evse_json
from runtime_server import SleepRecorder

HEADER_OP = Operation(
    operation_id="thingsRead",
    http_method="GET",
    path="/public-api/things/{thing}",
    resource="things",
    method="read",
    deprecated=False,
    summary="Things / Read",
    params=(
        Param("thing", "path", required=True),
        Param("X-Tenant", "header"),
        Param("X-Flags", "header"),
        Param("session", "cookie"),
    ),
)
PUT_OP = Operation(
    operation_id="thingsUpdate",
    http_method="PUT",
    path="/public-api/things/{thing}",
    resource="things",
    method="update",
    deprecated=True,
    summary="Things / Update",
    request_content_type="application/json",
)


def client_with(
    handler: Any, sleeps: SleepRecorder | None = None, **kwargs: Any
) -> SyncClient:
    return FakeAmpeco(
        base_url="cpo.example.com",
        api_token=TOKEN,
        transport=httpx.MockTransport(handler),
        sleep=sleeps,
        **kwargs,
    )


def test_header_and_cookie_parameters() -> None:
    seen: list[httpx.Request] = []
    auth_on_the_wire: list[list[str]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        auth_on_the_wire.append(request.headers.get_list("authorization"))
        return httpx.Response(200, json={"ok": True})

    client = client_with(
        handler,
        default_headers={"x-tenant": "default", "authorization": "Bearer other"},
    )
    result = client._request(
        HEADER_OP,
        dict[str, Any],
        path={"thing": 5},
        headers={"X-Tenant": "t-1", "X-Flags": [True, False], "X-None": None},
        cookies={"session": "a b"},
    )
    assert result == {"ok": True}
    headers = seen[0].headers
    assert headers.get_list("x-tenant") == ["t-1"]
    assert auth_on_the_wire == [[f"Bearer {TOKEN}"]]
    assert headers["authorization"] == "Bearer [masked]"  # masked once done
    assert headers["x-flags"] == "true,false"
    assert "x-none" not in headers
    assert headers["cookie"] == "session=a%20b"
    assert str(seen[0].url) == "https://cpo.example.com/public-api/things/5"


def test_cast_to_type_expressions() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/list"):
            return httpx.Response(200, json={"data": [evse_json(1), {"id": 2}]})
        if request.url.path.endswith("/bool"):
            return httpx.Response(200, json=True)
        return httpx.Response(200, json={"data": {"a": 1}})

    client = client_with(handler)
    op = Operation("x", "GET", "/x/{kind}", "x", "x", False, "x")
    items = client._request(op, list[Evse], path={"kind": "list"}, unwrap="data")
    assert [type(i) for i in items] == [Evse, Evse] and items[1].id == 2
    assert client._request(op, bool, path={"kind": "bool"}) is True
    assert client._request(op, dict[str, int], path={"kind": "d"}, unwrap="data") == {
        "a": 1
    }
    constrained: Any = Annotated[dict[str, int], Field(min_length=1)]
    assert client._request(op, constrained, path={"kind": "d"}, unwrap="data") == {
        "a": 1
    }
    assert client._request(op, None, path={"kind": "d"}) is None


def test_retry_after_http_date(sleeps: SleepRecorder) -> None:
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        if len(calls) == 1:
            when = datetime.now(timezone.utc) + timedelta(seconds=20)
            return httpx.Response(
                429, headers={"Retry-After": format_datetime(when, usegmt=True)}
            )
        return httpx.Response(200, json={"data": evse_json(1)})

    client = client_with(handler, sleeps)
    op = Operation("x", "GET", "/x", "x", "x", False, "x")
    assert client._request(op, Evse, unwrap="data").id == 1
    assert len(sleeps.calls) == 1 and 15 < sleeps.calls[0] <= 20


def test_put_is_retried_on_500_and_deprecation_without_replacement(
    sleeps: SleepRecorder,
) -> None:
    calls: list[bytes] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.content)
        if len(calls) < 3:
            return httpx.Response(500)
        return httpx.Response(204)

    client = client_with(handler, sleeps)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        client._request(PUT_OP, None, path={"thing": "x"}, body={"a": 1})
    assert [str(w.message) for w in caught] == [
        "thingsUpdate (PUT /public-api/things/{thing}) is deprecated"
    ]
    assert calls == [b'{"a":1}'] * 3 and len(sleeps.calls) == 2


def test_missing_path_parameter_is_a_value_error() -> None:
    client = client_with(lambda r: httpx.Response(200))
    with pytest.raises(ValueError, match="thing"):
        client._request(HEADER_OP, None, path={})


def test_models_with_split_aliases() -> None:
    """Generated models may use validation_alias/serialization_alias instead of alias."""

    class Split(SDKModel):
        user_id: int = Field(validation_alias="userId", serialization_alias="userId")
        note: str | None = Field(
            default=None, validation_alias="noteText", serialization_alias="noteText"
        )

    assert encode_json(Split(user_id=1)) == b'{"userId":1}'
    assert encode_json(Split(user_id=1, note=None)) == b'{"userId":1,"noteText":null}'
    loose: Any = parse_loose(Split, {"noteText": 5, "other": 1})
    assert loose.user_id is None and loose.note == 5 and loose.other == 1
    assert parse_loose(Split, {"userId": 3}).user_id == 3


def test_tokens_that_cannot_be_sent_are_rejected_without_echo() -> None:
    for bad in ("abc def", "abc\r\nX-Evil: 1", "tøken"):
        with pytest.raises(ConfigurationError) as info:
            FakeAmpeco(base_url="cpo.example.com", api_token=bad)
        assert bad not in str(info.value)
    client = FakeAmpeco(base_url="cpo.example.com", api_token="  1|abc-DEF_~+/=  ")
    assert client._token is not None and client._token.reveal() == "1|abc-DEF_~+/="
    with pytest.raises(ConfigurationError):
        client.with_options(api_token="bad token")


def test_body_none_and_not_given_send_no_body() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(204)

    client = client_with(handler)
    op = Operation("x", "POST", "/x", "x", "x", False, "x")
    client._request(op, None, body=None)
    client._request(op, None)
    client._request(op, None, body=[1, {"a": None}])
    assert [r.content for r in seen] == [b"", b"", b'[1,{"a":null}]']
    assert [r.headers.get("content-type") for r in seen] == [
        None,
        None,
        "application/json",
    ]
