"""Error classes, messages and the retry policy (runtime/errors.py, runtime/retries.py)."""

from __future__ import annotations

import pickle
from email.utils import format_datetime
from datetime import datetime, timedelta, timezone
from typing import Any

import httpx
import pytest

from runtime.errors import (
    SDKError,
    APIError,
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
    make_status_error,
    parse_retry_after,
)
from runtime.retries import retry_delay, should_retry_exception, should_retry_status
from runtime.types import NOT_GIVEN, NotGiven

URL = "https://cpo.example.com/public-api/resources/users/v1.0"


def response(
    status: int, body: Any = None, *, headers: dict[str, str] | None = None
) -> httpx.Response:
    request = httpx.Request("POST", URL)
    if body is None:
        return httpx.Response(status, headers=headers, request=request)
    if isinstance(body, str):
        return httpx.Response(status, text=body, headers=headers, request=request)
    return httpx.Response(status, json=body, headers=headers, request=request)


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (502, InternalServerError),
        (503, InternalServerError),
        (418, APIStatusError),
        (302, APIStatusError),
    ],
)
def test_status_maps_to_class(status: int, cls: type[APIStatusError]) -> None:
    error = make_status_error(response(status, {"message": "Nope"}))
    assert type(error) is cls
    assert isinstance(error, APIError) and isinstance(error, SDKError)
    assert error.status_code == status
    assert error.message == "Nope"
    assert error.body == {"message": "Nope"}
    assert error.request_method == "POST"
    assert error.request_url == URL
    assert error.response.status_code == status
    assert error.headers["content-type"] == "application/json"


def test_422_message_and_field_errors() -> None:
    error = make_status_error(
        response(
            422,
            {
                "message": "The name field is required.",
                "errors": {"name": ["The name field is required."]},
            },
        )
    )
    assert isinstance(error, UnprocessableEntityError)
    assert error.errors == {"name": ["The name field is required."]}
    assert str(error) == (
        f"422 Unprocessable Entity for POST {URL}: The name field is required. "
        "(name: The name field is required.)"
    )
    assert repr(error) == f"UnprocessableEntityError({str(error)!r})"


def test_422_with_several_fields_and_odd_shapes() -> None:
    error = make_status_error(
        response(
            422,
            {"message": "Invalid.", "errors": {"a": ["x", "y"], "b": "z", "c": None}},
        )
    )
    assert isinstance(error, UnprocessableEntityError)
    assert error.errors == {"a": ["x", "y"], "b": ["z"]}
    assert str(error).endswith(": Invalid. (a: x y; b: z)")
    no_errors = make_status_error(response(422, "plain text"))
    assert isinstance(no_errors, UnprocessableEntityError)
    assert no_errors.errors == {} and no_errors.body == "plain text"


def test_message_falls_back_to_text_or_status() -> None:
    html = make_status_error(response(502, "<html>\n<b>Bad   gateway</b></html>"))
    assert (
        str(html) == f"502 Bad Gateway for POST {URL}: <html> <b>Bad gateway</b></html>"
    )
    assert html.message == str(html) and html.body.startswith("<html>")
    empty = make_status_error(response(500))
    assert str(empty) == f"500 Internal Server Error for POST {URL}"
    assert empty.body is None
    other = make_status_error(response(400, {"error": "x"}))
    assert str(other) == f'400 Bad Request for POST {URL}: {{"error": "x"}}'
    long = make_status_error(response(500, "x" * 5000))
    assert len(str(long)) < 400


def test_rate_limit_retry_after() -> None:
    error = make_status_error(
        response(429, {"message": "Slow down"}, headers={"Retry-After": "7"})
    )
    assert isinstance(error, RateLimitError)
    assert error.retry_after == 7.0
    no_hint = make_status_error(response(429))
    assert isinstance(no_hint, RateLimitError) and no_hint.retry_after is None


def test_parse_retry_after_forms() -> None:
    assert parse_retry_after(httpx.Headers({"Retry-After": "1.5"})) == 1.5
    assert parse_retry_after(httpx.Headers({"Retry-After": "-3"})) == 0.0
    assert parse_retry_after(httpx.Headers({"Retry-After": "soon"})) is None
    assert parse_retry_after(httpx.Headers({})) is None
    future = datetime.now(timezone.utc) + timedelta(seconds=30)
    seconds = parse_retry_after({"retry-after": format_datetime(future, usegmt=True)})
    assert seconds is not None and 25 < seconds <= 30


def test_not_given_sentinel() -> None:
    assert not NOT_GIVEN
    assert repr(NOT_GIVEN) == "NOT_GIVEN"
    assert NotGiven() is NOT_GIVEN
    assert pickle.loads(pickle.dumps(NOT_GIVEN)) is NOT_GIVEN


# -- retry policy ------------------------------------------------------------------


@pytest.mark.parametrize("method", ["GET", "HEAD", "PUT", "DELETE", "OPTIONS"])
def test_idempotent_methods_retry_on_transient_statuses(method: str) -> None:
    for status in (408, 429, 500, 502, 503, 504):
        assert should_retry_status(method, status)
    for status in (400, 401, 403, 404, 409, 422):
        assert not should_retry_status(method, status)


@pytest.mark.parametrize("method", ["POST", "PATCH"])
def test_post_and_patch_retry_only_when_nothing_happened(method: str) -> None:
    assert should_retry_status(method, 429)
    for status in (408, 500, 502, 503, 504):
        assert not should_retry_status(method, status)
    request = httpx.Request(method, URL)
    not_sent: tuple[httpx.HTTPError, ...] = (
        httpx.ConnectError("refused", request=request),
        httpx.ConnectTimeout("slow", request=request),
        httpx.PoolTimeout("busy", request=request),
    )
    for exc in not_sent:
        assert should_retry_exception(method, exc)
    maybe_sent: tuple[httpx.HTTPError, ...] = (
        httpx.ReadTimeout("slow", request=request),
        httpx.WriteTimeout("slow", request=request),
        httpx.ReadError("reset", request=request),
        httpx.RemoteProtocolError("closed", request=request),
    )
    for exc in maybe_sent:
        assert not should_retry_exception(method, exc)


def test_get_retries_read_errors_but_not_protocol_misuse() -> None:
    request = httpx.Request("GET", URL)
    assert should_retry_exception("GET", httpx.ReadTimeout("t", request=request))
    assert should_retry_exception("GET", httpx.ReadError("r", request=request))
    assert not should_retry_exception(
        "GET", httpx.UnsupportedProtocol("ftp", request=request)
    )


def test_backoff_doubles_with_jitter_and_caps() -> None:
    exact = [retry_delay(n, random_fraction=lambda: 0.0) for n in range(6)]
    assert exact == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    jittered = retry_delay(1, random_fraction=lambda: 1.0)
    assert jittered == 0.75
    assert retry_delay(100, random_fraction=lambda: 0.0) == 8.0


def test_retry_after_wins_and_is_capped() -> None:
    assert retry_delay(0, httpx.Headers({"Retry-After": "3"})) == 3.0
    assert retry_delay(0, httpx.Headers({"Retry-After": "3600"})) == 60.0
