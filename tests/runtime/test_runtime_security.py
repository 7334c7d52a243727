"""Security schemes: bearer, basic, API keys in a header, the query or a cookie.

Each operation's security (or the API's default) picks the credentials that go on the
wire; secrets never show in reprs, errors, stored requests or log lines.
"""

from __future__ import annotations

import asyncio
import base64
import logging
import socket
from collections.abc import Iterator
from types import MappingProxyType
from typing import Any

import httpx
import pytest

from runtime import SecurityScheme as ExportedScheme
from runtime.client import AsyncClient, SyncClient
from runtime.errors import (
    APIConnectionError,
    AuthenticationError,
    ConfigurationError,
)
from runtime.operation import Operation, Param, SecurityScheme
from runtime_server import RecordingServer, Reply, SleepRecorder

TOKEN = "tok-SECRET-0"
USER, PASSWORD = "ann", "pa ss:w\u00f6rd-SECRET"
HEADER_KEY = "hk-SECRET-1"
QUERY_KEY = "qk/SECRET+2"
COOKIE_KEY = "ck-SECRET-3"
BASIC = base64.b64encode(f"{USER}:{PASSWORD}".encode("utf-8")).decode("ascii")
QUERY_KEY_WIRE = "qk%2FSECRET%2B2"
SECRETS = (TOKEN, PASSWORD, BASIC, HEADER_KEY, QUERY_KEY, QUERY_KEY_WIRE, COOKIE_KEY)

SCHEMES = MappingProxyType(
    {
        "bearerAuth": SecurityScheme("bearerAuth", "http", "bearer"),
        "basicAuth": SecurityScheme("basicAuth", "http", "basic"),
        "headerKey": SecurityScheme(
            "headerKey", "apiKey", location="header", parameter="X-API-Key"
        ),
        "queryKey": SecurityScheme(
            "queryKey", "apiKey", location="query", parameter="api_key"
        ),
        "cookieKey": SecurityScheme(
            "cookieKey", "apiKey", location="cookie", parameter="sid"
        ),
        "oauth": SecurityScheme("oauth", "oauth2"),
    }
)
ALL_CREDENTIALS: dict[str, str | tuple[str, str]] = {
    "basicAuth": (USER, PASSWORD),
    "headerKey": HEADER_KEY,
    "queryKey": QUERY_KEY,
    "cookieKey": COOKIE_KEY,
}


class KeyOrToken(SyncClient):
    """Default security: an API key header, or else a bearer token."""

    _api_token_env = "AMPECO_API_TOKEN"
    _security_schemes = SCHEMES
    _default_security = (("headerKey",), ("bearerAuth",))


class Public(SyncClient):
    """No default security: only some operations need credentials."""

    _api_token_env = "AMPECO_API_TOKEN"
    _security_schemes = SCHEMES
    _default_security = ()


class QueryKeyApi(SyncClient):
    _security_schemes = SCHEMES
    _default_security = (("queryKey",),)


class AsyncQueryKeyApi(AsyncClient):
    _security_schemes = SCHEMES
    _default_security = (("queryKey",),)


def op(
    path: str,
    security: tuple[tuple[str, ...], ...] | None = None,
    method: str = "GET",
    **kwargs: Any,
) -> Operation:
    return Operation(
        operation_id=f"op{path.replace('/', '_')}",
        http_method=method,
        path=path,
        resource="things",
        method="call",
        deprecated=False,
        summary="",
        security=security,
        **kwargs,
    )


def assert_no_secrets(*texts: object) -> None:
    for text in texts:
        for secret in SECRETS:
            assert secret not in str(text), (secret, text)


@pytest.fixture
def public(server: RecordingServer, sleeps: SleepRecorder) -> Iterator[Public]:
    with Public(
        base_url=server.url,
        api_token=TOKEN,
        credentials=ALL_CREDENTIALS,
        sleep=sleeps,
    ) as client:
        yield client


# -- each kind of scheme on the wire ---------------------------------------------


@pytest.mark.parametrize(
    ("scheme", "header", "value"),
    [
        ("bearerAuth", "authorization", f"Bearer {TOKEN}"),
        ("oauth", "authorization", f"Bearer {TOKEN}"),
        ("basicAuth", "authorization", f"Basic {BASIC}"),
        ("headerKey", "x-api-key", HEADER_KEY),
    ],
)
def test_header_schemes(
    public: Public, server: RecordingServer, scheme: str, header: str, value: str
) -> None:
    server.on("GET", "/thing", Reply(200, {"ok": True}))
    response = public._request(op("/thing", ((scheme,),)), httpx.Response)
    sent = server.requests[0]
    assert sent.headers[header] == value
    others = {"authorization", "x-api-key", "cookie"} - {header}
    assert not others & sent.headers.keys() and sent.raw_query == ""
    stored = response.request.headers[header]  # masked once sent
    assert stored in ("Bearer [masked]", "Basic [masked]", "[masked]")
    assert_no_secrets(repr(response.request.headers), response.request.url)


def test_query_key_goes_last_and_replaces_one_the_caller_passed(
    public: Public, server: RecordingServer
) -> None:
    server.on("GET", "/thing", Reply(200, {"ok": True}))
    response = public._request(
        op("/thing", (("queryKey",),)),
        httpx.Response,
        query={"filter": {"a": 1}, "api_key": "sneaky", "page": 2},
    )
    sent = server.requests[0]
    assert sent.raw_query == f"filter%5Ba%5D=1&page=2&api_key={QUERY_KEY_WIRE}"
    assert "authorization" not in sent.headers
    assert str(response.request.url).endswith("page=2&api_key=[masked]")
    assert_no_secrets(response.request.url, repr(response.request.url))
    assert QUERY_KEY_WIRE not in response.request.url.query.decode()


def test_cookie_key_joins_the_cookie_parameters(
    public: Public, server: RecordingServer
) -> None:
    server.on("GET", "/thing", Reply(200, {"ok": True}))
    cookie_op = op("/thing", (("cookieKey",),), params=(Param("session", "cookie"),))
    response = public._request(cookie_op, httpx.Response, cookies={"session": "a b"})
    assert server.requests[0].headers["cookie"] == f"session=a%20b; sid={COOKIE_KEY}"
    assert response.request.headers["cookie"] == "session=a%20b; sid=[masked]"
    public._request(op("/thing", (("cookieKey",),)), None)
    assert server.requests[1].headers["cookie"] == f"sid={COOKIE_KEY}"


def test_schemes_applied_together(public: Public, server: RecordingServer) -> None:
    server.on("GET", "/thing", Reply(200, {}))
    both = op("/thing", (("basicAuth", "headerKey", "queryKey"),))
    public._request(both, None)
    sent = server.requests[0]
    assert sent.headers["authorization"] == f"Basic {BASIC}"
    assert sent.headers["x-api-key"] == HEADER_KEY
    assert sent.raw_query == f"api_key={QUERY_KEY_WIRE}"


# -- which credentials an operation sends ----------------------------------------


def test_operation_without_security_sends_nothing(
    public: Public, server: RecordingServer
) -> None:
    server.on("GET", "/open", Reply(200, {}))
    public._request(op("/open", ()), None)  # security=(): no authentication
    public._request(op("/open"), None)  # None: the API default, empty here
    for sent in server.requests:
        assert not {"authorization", "x-api-key", "cookie"} & sent.headers.keys()
        assert sent.raw_query == ""


def test_first_alternative_with_credentials_wins(
    server: RecordingServer, sleeps: SleepRecorder
) -> None:
    server.on("GET", "/thing", Reply(200, {}))
    default = op("/thing")
    with KeyOrToken(base_url=server.url, api_token=TOKEN, sleep=sleeps) as client:
        client._request(default, None)
        with_key = client.with_options(credentials={"headerKey": HEADER_KEY})
        with_key._request(default, None)
        client._request(default, None)  # the original is unchanged
    only_key = KeyOrToken(
        base_url=server.url, credentials={"headerKey": HEADER_KEY}, sleep=sleeps
    )
    only_key._request(default, None)
    seen = [
        (r.headers.get("authorization"), r.headers.get("x-api-key"))
        for r in server.requests
    ]
    assert seen == [
        (f"Bearer {TOKEN}", None),
        (None, HEADER_KEY),
        (f"Bearer {TOKEN}", None),
        (None, HEADER_KEY),
    ]


def test_operation_security_overrides_the_default(
    server: RecordingServer, sleeps: SleepRecorder
) -> None:
    server.on("GET", "/thing", Reply(200, {}))
    with KeyOrToken(
        base_url=server.url,
        api_token=TOKEN,
        credentials={"basicAuth": (USER, PASSWORD)},
        sleep=sleeps,
    ) as client:
        client._request(op("/thing", (("basicAuth",),)), None)
        client._request(op("/thing", ()), None)
    assert server.requests[0].headers["authorization"] == f"Basic {BASIC}"
    assert "authorization" not in server.requests[1].headers


def test_optional_authentication(
    server: RecordingServer, sleeps: SleepRecorder
) -> None:
    server.on("GET", "/maybe", Reply(200, {}))
    optional = op("/maybe", ((), ("bearerAuth",)))
    with Public(base_url=server.url, sleep=sleeps) as anonymous:
        anonymous._request(optional, None)
    with Public(base_url=server.url, api_token=TOKEN, sleep=sleeps) as signed_in:
        signed_in._request(optional, None)
    first, second = server.requests
    assert "authorization" not in first.headers
    assert second.headers["authorization"] == f"Bearer {TOKEN}"


# -- missing credentials ---------------------------------------------------------


def test_api_token_is_required_only_when_the_default_needs_a_bearer(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with pytest.raises(ConfigurationError) as info:
        KeyOrToken(base_url="api.example.com")
    message = str(info.value)
    assert "No API token" in message and "AMPECO_API_TOKEN" in message
    assert "credentials= for 'headerKey'" in message
    # Satisfied another way, or not needed by default: no token required.
    KeyOrToken(base_url="api.example.com", credentials={"headerKey": "k"})
    Public(base_url="api.example.com")
    QueryKeyApi(base_url="api.example.com")  # its need is checked per call
    SyncClient(base_url="api.example.com", credentials={"bearerAuth": "t"})
    monkeypatch.setenv("AMPECO_API_TOKEN", "from-env")
    client = Public(base_url="api.example.com")
    assert client._token is not None and client._token.reveal() == "from-env"


def test_missing_credentials_fail_at_call_time_without_a_request(
    server: RecordingServer, sleeps: SleepRecorder
) -> None:
    client = QueryKeyApi(
        base_url=server.url, credentials={"headerKey": HEADER_KEY}, sleep=sleeps
    )
    with pytest.raises(ConfigurationError) as info:
        client._request(op("/thing"), None)
    message = str(info.value)
    assert "op_thing (GET /thing)" in message
    assert "'queryKey' (API key in query 'api_key')" in message
    assert "credentials={'queryKey': ...}" in message
    with pytest.raises(ConfigurationError) as info:
        client._request(op("/thing", (("basicAuth", "headerKey"), ("oauth",))), None)
    message = str(info.value)
    assert "'basicAuth' + 'headerKey' or 'oauth'" in message
    assert "(username, password)" in message and "api_token=" in message
    assert "'headerKey' (" not in message  # that one is there
    with pytest.raises(ConfigurationError, match="not a security scheme"):
        client._paginate(op("/thing", (("nope",),), pagination="cursor"), dict)
    assert server.requests == []
    assert_no_secrets(message)


@pytest.mark.parametrize(
    ("credentials", "match"),
    [
        ({"unknown": "x"}, "not a security scheme of this API"),
        ({"basicAuth": PASSWORD}, r"must be a \(username, password\) tuple"),
        ({"basicAuth": ("a:b", PASSWORD)}, "must not contain ':'"),
        ({"headerKey": (USER, PASSWORD)}, "must be a string"),
        ({"headerKey": f"bad {HEADER_KEY}\r\n"}, "spaces, control or non-ASCII"),
        ({"queryKey": "  "}, "is empty"),
        ({"bearerAuth": "t\u00f8ken-SECRET"}, "non-ASCII"),
    ],
)
def test_bad_credentials_are_rejected_without_echo(
    credentials: Any, match: str
) -> None:
    with pytest.raises(ConfigurationError, match=match) as info:
        Public(base_url="api.example.com", credentials=credentials)
    assert_no_secrets(str(info.value), repr(info.value))
    assert "t\u00f8ken" not in str(info.value)


# -- secrets never leak ----------------------------------------------------------


def test_secrets_absent_from_reprs_errors_and_logs(
    public: Public,
    server: RecordingServer,
    sleeps: SleepRecorder,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    everything = op("/thing", (("basicAuth", "headerKey", "queryKey", "cookieKey"),))
    assert_no_secrets(repr(public), repr(vars(public)))
    server.on("GET", "/thing", Reply(503), Reply(401, {"message": "Who are you?"}))
    with pytest.raises(AuthenticationError) as info:
        public._request(everything, None, query={"q": "x"})
    error = info.value
    first, second = server.requests  # retried with every credential in place
    for sent in (first, second):
        assert sent.headers["authorization"] == f"Basic {BASIC}"
        assert sent.raw_query == f"q=x&api_key={QUERY_KEY_WIRE}"
        assert sent.headers["cookie"] == f"sid={COOKIE_KEY}"
    assert error.request_url.endswith("/thing?q=x&api_key=[masked]")
    stored = error.response.request
    assert stored.headers["authorization"] == "Basic [masked]"
    assert stored.headers["x-api-key"] == "[masked]"
    assert stored.headers["cookie"] == "sid=[masked]"
    assert any(r.name == "httpx" for r in caplog.records)  # httpx logs each URL
    assert any("Retrying" in r.getMessage() for r in caplog.records)
    assert_no_secrets(
        str(error),
        repr(error),
        repr(vars(error)),
        stored.url,
        repr(stored.headers),
        caplog.text,
        repr(vars(public)),
        repr(public._auth_plans),
    )
    assert all(QUERY_KEY_WIRE not in r.getMessage() for r in caplog.records)


def test_connection_errors_mask_the_query_key(
    sleeps: SleepRecorder, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    client = QueryKeyApi(
        base_url=f"http://127.0.0.1:{port}",
        credentials={"queryKey": QUERY_KEY},
        max_retries=1,
        sleep=sleeps,
    )
    with pytest.raises(APIConnectionError) as info:
        client._request(op("/thing"), None)
    assert info.value.request_url.endswith("/thing?api_key=[masked]")
    assert len(sleeps.calls) == 1
    assert_no_secrets(str(info.value), repr(vars(info.value)), caplog.text)


def test_next_pages_carry_the_query_key_once(
    server: RecordingServer, sleeps: SleepRecorder
) -> None:
    listing = op("/items", pagination="cursor", params=(Param("cursor", "query"),))
    # A Laravel paginator echoes the whole query string, API key included.
    echoed = f"{server.url}/items?api_key={QUERY_KEY_WIRE}&cursor=c2"
    server.on(
        "GET",
        "/items",
        Reply(200, {"data": [{"id": 1}], "links": {"next": echoed}, "meta": {}}),
        Reply(200, {"data": [{"id": 2}], "links": {"next": None}, "meta": {}}),
    )
    client = QueryKeyApi(
        base_url=server.url, credentials={"queryKey": QUERY_KEY}, sleep=sleeps
    )
    pager = client._paginate(listing, dict[str, int])
    assert [item["id"] for item in pager] == [1, 2]
    first, second = server.requests
    assert first.raw_query == f"api_key={QUERY_KEY_WIRE}"
    assert second.raw_query == f"cursor=c2&api_key={QUERY_KEY_WIRE}"


def test_async_client_applies_and_masks_credentials(
    server: RecordingServer, sleeps: SleepRecorder
) -> None:
    server.on(
        "POST", "/upload", Reply(200, b"%PDF", {"Content-Type": "application/pdf"})
    )
    upload = op(
        "/upload",
        method="POST",
        request_content_type="multipart/form-data",
        response_content_type="application/pdf",
    )

    async def main() -> tuple[bytes, httpx.Response]:
        async with AsyncQueryKeyApi(
            base_url=server.url,
            credentials={"queryKey": QUERY_KEY},
            sleep=sleeps.async_sleep,
        ) as client:
            pdf = await client._request(upload, bytes, body={"f": b"data"})
            response = await client._request(upload, httpx.Response, body={"f": b"x"})
            with pytest.raises(ConfigurationError, match="'basicAuth'"):
                await client._request(op("/upload", (("basicAuth",),)), None)
            return pdf, response

    pdf, response = asyncio.run(main())
    assert pdf == b"%PDF"
    sent = server.requests[0]
    assert sent.raw_query == f"api_key={QUERY_KEY_WIRE}"
    assert sent.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert sent.headers["accept"] == "application/pdf, application/json;q=0.9"
    assert str(response.request.url).endswith("?api_key=[masked]")


def test_security_scheme_is_exported_and_described() -> None:
    assert ExportedScheme is SecurityScheme
    assert SCHEMES["oauth"].uses_token and SCHEMES["bearerAuth"].uses_token
    assert not SCHEMES["basicAuth"].uses_token
    assert SCHEMES["cookieKey"].describe() == "API key in cookie 'sid'"
    assert repr(op("/x", (("a",),))) == (
        "Operation(operation_id='op_x', http_method='GET', path='/x', "
        "resource='things', method='call', deprecated=False, summary='')"
    )
