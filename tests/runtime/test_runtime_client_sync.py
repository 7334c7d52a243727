"""The synchronous client over real HTTP (a recording server on 127.0.0.1)."""

from __future__ import annotations

import logging
import socket
import sys
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

import httpx
import pytest

from runtime.client import SyncClient
from runtime.errors import (
    SDKError,
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
    UnsafeRedirectError,
)
from runtime.pagination import Page, PageLinks, PageMeta, SyncPager
from runtime.response import APIResponse
from runtime_fakes import (
    EVSES,
    EVSES_V20,
    SESSIONS,
    START,
    cursor_page,
    number_page,
    TOKEN,
    Evse,
    EvseStatus,
    FakeAmpeco,
    Session,
    StartSessionAccepted,
    StartSessionRequest,
    evse_json,
)
from runtime_server import RecordingServer, Reply, SleepRecorder


def make_client(
    server: RecordingServer, sleeps: SleepRecorder, **kwargs: Any
) -> FakeAmpeco:
    return FakeAmpeco(base_url=server.url, api_token=TOKEN, sleep=sleeps, **kwargs)


# -- the request on the wire -----------------------------------------------------


def test_listing_query_string_on_the_wire(
    server: RecordingServer, sleeps: SleepRecorder
) -> None:
    server.on("GET", EVSES, Reply(body=cursor_page([evse_json(1)], None)))
    with make_client(server, sleeps) as client:
        items = list(
            client.evses.listing(
                filter={"chargePointId": "12", "roamingOperatorIds": [3]},
                include=["connectors"],
                per_page=50,
            )
        )
    assert [item.id for item in items] == [1]
    (request,) = server.requests
    assert request.decoded_query == (
        "filter[chargePointId]=12&filter[roamingOperatorIds][]=3"
        "&include[]=connectors&per_page=50"
    )
    assert request.request_line == (
        f"GET {EVSES}?filter%5BchargePointId%5D=12"
        "&filter%5BroamingOperatorIds%5D%5B%5D=3&include%5B%5D=connectors"
        "&per_page=50 HTTP/1.1"
    )


def test_booleans_datetimes_and_omitted_none_on_the_wire(
    server: RecordingServer, sleeps: SleepRecorder
) -> None:
    server.on("GET", SESSIONS, Reply(body=number_page([], 1, 1)))
    after = datetime(2024, 5, 1, 8, 30, tzinfo=timezone(timedelta(hours=3)))
    with make_client(server, sleeps) as client:
        list(
            client.sessions.listing(
                with_authorization=True,
                filter={"startedAfter": after, "roaming": False, "userId": None},
                page=None,
            )
        )
    (request,) = server.requests
    assert request.raw_query == (
        "withAuthorization=true&filter%5BstartedAfter%5D=2024-05-01T08%3A30%3A00"
        "%2B03%3A00&filter%5Broaming%5D=false"
    )
    assert request.query_pairs == [
        ("withAuthorization", "true"),
        ("filter[startedAfter]", "2024-05-01T08:30:00+03:00"),
        ("filter[roaming]", "false"),
    ]


def test_slash_in_a_path_parameter_stays_in_its_segment(
    server: RecordingServer, sleeps: SleepRecorder
) -> None:
    server.on("GET", f"{EVSES}/a%2Fb%20c", Reply(body={"data": evse_json(5)}))
    with make_client(server, sleeps) as client:
        evse = client.evses.read("a/b c", include=["connectors"])
    assert evse.id == 5
    (request,) = server.requests
    assert request.request_line == (
        f"GET {EVSES}/a%2Fb%20c?include%5B%5D=connectors HTTP/1.1"
    )


def test_dot_segments_are_not_collapsed(
    server: RecordingServer, sleeps: SleepRecorder
) -> None:
    server.on("GET", f"{EVSES}/%2E%2E", Reply(body={"data": evse_json(1)}))
    with make_client(server, sleeps) as client:
        client.evses.read("..")
    assert server.requests[0].raw_path == f"{EVSES}/%2E%2E"


def test_json_body_by_alias_with_explicit_null_and_exact_decimal(
    server: RecordingServer, sleeps: SleepRecorder
) -> None:
    accepted = {"success": True, "sessionId": 991, "authorizationId": 5}
    server.on("POST", START, Reply(202, accepted))
    body = StartSessionRequest(
        userId=7, paymentMethodId=None, maxAmount=Decimal("10.50")
    )
    with make_client(server, sleeps) as client:
        result = client.charge_points.start_charging_session(42, 1, body=body)
        client.charge_points.start_charging_session(
            42, 1, body={"userId": 8, "idTag": None, "when": datetime(2024, 1, 1)}
        )
        client.charge_points.start_charging_session(42, 1)
    assert isinstance(result, StartSessionAccepted)
    assert result.success is True and result.session_id == 991
    first, second, third = server.requests
    assert first.body == b'{"userId":7,"paymentMethodId":null,"maxAmount":10.50}'
    assert first.headers["content-type"] == "application/json"
    assert second.body == b'{"userId":8,"idTag":null,"when":"2024-01-01T00:00:00"}'
    assert third.body == b"" and "content-type" not in third.headers


def test_standard_headers(server: RecordingServer, sleeps: SleepRecorder) -> None:
    server.on("DELETE", f"{EVSES}/3", Reply(204))
    with make_client(server, sleeps, default_headers={"X-Trace": "t1"}) as client:
        client.evses.delete(3)
    headers = server.requests[0].headers
    assert headers["authorization"] == f"Bearer {TOKEN}"
    assert headers["accept"] == "application/json"
    assert headers["x-trace"] == "t1"
    python = f"{sys.version_info.major}.{sys.version_info.minor}"
    assert headers["user-agent"] == (
        f"ampeco/1.2.3 (AMPECO API 3.110.0; python/{python}; "
        f"httpx/{httpx.__version__})"
    )


# -- configuration ---------------------------------------------------------------


def test_environment_fallbacks(
    server: RecordingServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AMPECO_BASE_URL", server.url + "/")
    monkeypatch.setenv("AMPECO_API_TOKEN", "env-token")
    server.on("DELETE", f"{EVSES}/1", Reply(204))
    with FakeAmpeco() as client:
        assert str(client.base_url) == server.url
        client.evses.delete(1)
    assert server.requests[0].headers["authorization"] == "Bearer env-token"


def test_missing_configuration_is_a_clear_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with pytest.raises(ConfigurationError, match="AMPECO_BASE_URL"):
        FakeAmpeco(api_token="t")
    with pytest.raises(ConfigurationError, match="AMPECO_API_TOKEN"):
        FakeAmpeco(base_url="cpo.example.com")
    monkeypatch.setenv("AMPECO_API_TOKEN", "")
    with pytest.raises(ConfigurationError, match="AMPECO_API_TOKEN"):
        FakeAmpeco(base_url="cpo.example.com")
    assert issubclass(ConfigurationError, SDKError)


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("cpo.example.com", "https://cpo.example.com"),
        ("cpo.example.com:8443/", "https://cpo.example.com:8443"),
        ("https://cpo.example.com/", "https://cpo.example.com"),
        ("http://127.0.0.1:8000", "http://127.0.0.1:8000"),
        ("https://gw.example.com/tenant-a/", "https://gw.example.com/tenant-a"),
    ],
)
def test_base_url_forms(given: str, expected: str) -> None:
    client = FakeAmpeco(base_url=given, api_token="t")
    assert str(client.base_url) == expected
    client.close()


@pytest.mark.parametrize(
    "bad", ["ftp://h", "https://", "https://user:pw@h", "https://h/?q=1", "  "]
)
def test_bad_base_urls(bad: str) -> None:
    with pytest.raises(ConfigurationError):
        FakeAmpeco(base_url=bad, api_token="t")


def test_path_prefix_of_base_url_is_kept(server: RecordingServer) -> None:
    server.on("DELETE", f"/prefix{EVSES}/1", Reply(204))
    with FakeAmpeco(base_url=f"{server.url}/prefix/", api_token=TOKEN) as client:
        client.evses.delete(1)
    assert server.requests[0].raw_path == f"/prefix{EVSES}/1"


# -- the token never leaks -------------------------------------------------------


def test_token_absent_from_repr_errors_and_logs(
    server: RecordingServer,
    sleeps: SleepRecorder,
    caplog: pytest.LogCaptureFixture,
) -> None:
    server.on("GET", f"{EVSES}/1", Reply(401, {"message": "Unauthenticated."}))
    caplog.set_level(logging.DEBUG)
    client = make_client(server, sleeps)
    assert TOKEN not in repr(client)
    assert TOKEN not in repr(vars(client))
    with pytest.raises(AuthenticationError) as info:
        client.evses.read(1)
    error = info.value
    assert error.status_code == 401 and error.message == "Unauthenticated."
    for text in (str(error), repr(error), repr(error.response.request.headers)):
        assert TOKEN not in text
    assert error.response.request.headers["authorization"] == "Bearer [masked]"
    assert TOKEN not in repr(vars(error))
    assert any(r.name.startswith("httpx") for r in caplog.records)
    assert all(TOKEN not in r.getMessage() for r in caplog.records)
    assert TOKEN not in caplog.text
    client.close()


# -- pagination ------------------------------------------------------------------


def test_three_page_cursor_walk(server: RecordingServer, sleeps: SleepRecorder) -> None:
    next2 = f"{server.url}{EVSES}?cursor=c2&per_page=2&filter%5BchargePointId%5D=12"
    # The third link lacks the filter (a Laravel paginator without withQueryString).
    next3 = f"{server.url}{EVSES}?cursor=c3"
    server.on(
        "GET",
        EVSES,
        Reply(body=cursor_page([evse_json(1), evse_json(2)], next2)),
        Reply(body=cursor_page([evse_json(3), evse_json(4)], next3)),
        Reply(body=cursor_page([evse_json(5)], None)),
    )
    with make_client(server, sleeps) as client:
        pager = client.evses.listing(filter={"chargePointId": 12}, per_page=2)
        assert isinstance(pager, SyncPager)
        assert server.requests == []  # lazy
        ids = [evse.id for evse in pager]
    assert ids == [1, 2, 3, 4, 5]
    assert [r.decoded_query for r in server.requests] == [
        "filter[chargePointId]=12&per_page=2",
        "cursor=c2&per_page=2&filter[chargePointId]=12",
        "cursor=c3&filter[chargePointId]=12&per_page=2",
    ]
    assert all(r.headers["authorization"] == f"Bearer {TOKEN}" for r in server.requests)


def test_three_page_page_number_walk(
    server: RecordingServer, sleeps: SleepRecorder
) -> None:
    sessions = [{"id": n, "amount": "1.10"} for n in range(1, 6)]
    server.on(
        "GET",
        SESSIONS,
        Reply(body=number_page(sessions[0:2], 1, 3)),
        Reply(body=number_page(sessions[2:4], 2, 3)),
        Reply(body=number_page(sessions[4:5], 3, 3)),
    )
    with make_client(server, sleeps) as client:
        pages = list(
            client.sessions.listing(filter={"status": "finished"}, per_page=2).pages()
        )
    assert [[s.id for s in page.data] for page in pages] == [[1, 2], [3, 4], [5]]
    assert isinstance(pages[0].data[0], Session)
    assert pages[0].data[0].amount == Decimal("1.10")
    assert [r.decoded_query for r in server.requests] == [
        "filter[status]=finished&per_page=2",
        "filter[status]=finished&page=2&per_page=2",
        "filter[status]=finished&page=3&per_page=2",
    ]


def test_first_page_has_links_meta_and_response(
    server: RecordingServer, sleeps: SleepRecorder
) -> None:
    server.on("GET", SESSIONS, Reply(body=number_page([{"id": 1}], 1, 1)))
    with make_client(server, sleeps) as client:
        pager = client.sessions.listing()
        page = pager.first_page()
        assert pager.first_page() is page
        assert list(pager) == page.data  # iteration reuses the fetched first page
    assert isinstance(page, Page)
    assert isinstance(page.links, PageLinks) and page.links.first == "f"
    assert isinstance(page.meta, PageMeta)
    assert (page.meta.current_page, page.meta.last_page, page.meta.total) == (1, 1, 5)
    assert page.meta.from_ == 1
    assert page.response.status_code == 200
    assert len(server.requests) == 1


def test_cross_origin_next_link_is_refused(
    server: RecordingServer, sleeps: SleepRecorder
) -> None:
    evil = f"http://127.0.0.2:{server.port}{EVSES}?cursor=c2"
    other_port = f"http://127.0.0.1:{server.port + 1}{EVSES}?cursor=c2"
    other_scheme = f"https://127.0.0.1:{server.port}{EVSES}?cursor=c2"
    with make_client(server, sleeps) as client:
        for link in (evil, other_port, other_scheme, "https://evil.example.com/x"):
            server.reset()
            server.on("GET", EVSES, Reply(body=cursor_page([evse_json(1)], link)))
            pager = iter(client.evses.listing())
            assert next(pager).id == 1
            with pytest.raises(UnsafeRedirectError) as info:
                next(pager)
            assert info.value.url.startswith(link.split("?")[0].rsplit(EVSES)[0])
            assert TOKEN not in str(info.value)
            assert len(server.requests) == 1


def test_pagination_stops_on_empty_data_and_repeated_links(
    server: RecordingServer, sleeps: SleepRecorder
) -> None:
    again = f"{server.url}{EVSES}?cursor=same"
    server.on(
        "GET",
        EVSES,
        Reply(body=cursor_page([evse_json(1)], again)),
        Reply(body=cursor_page([evse_json(2)], again)),
        Reply(body=cursor_page([], f"{server.url}{EVSES}?cursor=more")),
    )
    with make_client(server, sleeps) as client:
        assert [e.id for e in client.evses.listing()] == [1, 2]
        assert len(server.requests) == 2
        server.reset()
        server.on("GET", EVSES, Reply(body=cursor_page([], f"{server.url}{EVSES}?c=1")))
        assert list(client.evses.listing()) == []
        assert len(server.requests) == 1


# -- errors ----------------------------------------------------------------------


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
        (418, APIStatusError),
    ],
)
def test_error_classes_over_http(
    server: RecordingServer, sleeps: SleepRecorder, status: int, cls: type[Exception]
) -> None:
    body = {"message": "Nope.", "errors": {"userId": ["The user id is invalid."]}}
    server.on("POST", START, Reply(status, body, headers={"X-Request-Id": "r1"}))
    with make_client(server, sleeps) as client:
        with pytest.raises(cls) as info:
            client.charge_points.start_charging_session(42, 1, body={"userId": 0})
    error = info.value
    assert type(error) is cls and isinstance(error, APIStatusError)
    assert error.status_code == status
    assert error.message == "Nope."
    assert error.body == body
    assert error.headers["x-request-id"] == "r1"
    assert error.request_method == "POST"
    assert error.request_url == f"{server.url}{START}"
    assert str(error).startswith(f"{status} ")
    assert f"for POST {server.url}{START}: Nope." in str(error)
    if isinstance(error, UnprocessableEntityError):
        assert error.errors == {"userId": ["The user id is invalid."]}
        assert str(error).endswith("Nope. (userId: The user id is invalid.)")


def test_non_json_success_body(server: RecordingServer, sleeps: SleepRecorder) -> None:
    server.on("GET", f"{EVSES}/1", Reply(200, "<html>maintenance</html>"))
    with make_client(server, sleeps) as client:
        with pytest.raises(APIResponseValidationError, match="maintenance") as info:
            client.evses.read(1)
    assert info.value.status_code == 200


# -- retries and timeouts ---------------------------------------------------------


def test_429_retry_after_is_honoured_then_succeeds(
    server: RecordingServer, sleeps: SleepRecorder
) -> None:
    server.on(
        "POST",
        START,
        Reply(429, {"message": "Too Many Attempts."}, headers={"Retry-After": "1"}),
        Reply(202, {"success": True, "sessionId": 1, "authorizationId": 2}),
    )
    with make_client(server, sleeps) as client:
        result = client.charge_points.start_charging_session(42, 1, body={})
    assert result.session_id == 1
    assert sleeps.calls == [1.0]
    assert len(server.requests) == 2


def test_post_is_not_retried_on_500(
    server: RecordingServer, sleeps: SleepRecorder
) -> None:
    server.on("POST", START, Reply(500, {"message": "Server Error"}))
    with make_client(server, sleeps) as client:
        with pytest.raises(InternalServerError):
            client.charge_points.start_charging_session(42, 1, body={"userId": 1})
    assert len(server.requests) == 1 and sleeps.calls == []


def test_get_is_retried_on_503(server: RecordingServer, sleeps: SleepRecorder) -> None:
    server.on(
        "GET",
        f"{EVSES}/1",
        Reply(503, "unavailable"),
        Reply(503, "unavailable"),
        Reply(200, {"data": evse_json(1)}),
    )
    with make_client(server, sleeps) as client:
        assert client.evses.read(1).id == 1
    assert len(server.requests) == 3
    assert len(sleeps.calls) == 2
    assert 0.375 <= sleeps.calls[0] <= 0.5 and 0.75 <= sleeps.calls[1] <= 1.0


def test_retries_give_up_after_max_retries(
    server: RecordingServer, sleeps: SleepRecorder
) -> None:
    server.on("GET", f"{EVSES}/1", Reply(502, "bad gateway"))
    with make_client(server, sleeps, max_retries=1) as client:
        with pytest.raises(InternalServerError):
            client.evses.read(1)
        assert len(server.requests) == 2
        server.reset()
        server.on("GET", f"{EVSES}/1", Reply(502, "bad gateway"))
        with pytest.raises(InternalServerError):
            client.with_options(max_retries=0).evses.read(1)
        assert len(server.requests) == 1


def test_post_is_retried_on_connect_error(sleeps: SleepRecorder) -> None:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        if len(calls) == 1:
            raise httpx.ConnectError("connection refused", request=request)
        return httpx.Response(
            202, json={"success": True, "sessionId": 3, "authorizationId": 4}
        )

    client = FakeAmpeco(
        base_url="https://cpo.example.com",
        api_token=TOKEN,
        transport=httpx.MockTransport(handler),
        sleep=sleeps,
    )
    result = client.charge_points.start_charging_session(42, 1, body={"userId": 1})
    assert result.session_id == 3 and len(calls) == 2 and len(sleeps.calls) == 1
    assert calls[1].content == b'{"userId":1}'


def test_post_is_not_retried_after_a_read_error(sleeps: SleepRecorder) -> None:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        raise httpx.ReadError("connection reset", request=request)

    client = FakeAmpeco(
        base_url="cpo.example.com",
        api_token=TOKEN,
        transport=httpx.MockTransport(handler),
        sleep=sleeps,
    )
    with pytest.raises(APIConnectionError) as info:
        client.charge_points.start_charging_session(42, 1, body={})
    assert not isinstance(info.value, APITimeoutError)
    assert "ReadError" in str(info.value) and len(calls) == 1


def test_connection_refused_is_retried_then_raised(sleeps: SleepRecorder) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    client = FakeAmpeco(
        base_url=f"http://127.0.0.1:{port}", api_token=TOKEN, sleep=sleeps
    )
    with pytest.raises(APIConnectionError) as info:
        client.evses.read(1)
    assert len(sleeps.calls) == 2
    assert info.value.request_url == f"http://127.0.0.1:{port}{EVSES}/1"
    assert TOKEN not in str(info.value)


def test_timeout_per_call(server: RecordingServer, sleeps: SleepRecorder) -> None:
    accepted = {"success": True, "sessionId": 1, "authorizationId": 2}
    server.on("POST", START, Reply(202, accepted, delay=0.3))
    server.on("GET", f"{EVSES}/1", Reply(200, {"data": evse_json(1)}, delay=0.3))
    with make_client(server, sleeps) as client:
        with pytest.raises(APITimeoutError) as info:
            client.charge_points.start_charging_session(42, 1, body={}, timeout=0.05)
        assert len(server.requests) == 1  # a POST read timeout is never retried
        assert "timed out" in str(info.value)
        with pytest.raises(APITimeoutError):
            client.with_options(max_retries=1).evses.read(1, timeout=0.05)
        assert len(server.requests) == 3 and len(sleeps.calls) == 1
        assert client.evses.read(1, timeout=5).id == 1


def test_client_level_timeout(server: RecordingServer, sleeps: SleepRecorder) -> None:
    server.on("GET", f"{EVSES}/1", Reply(200, {"data": evse_json(1)}, delay=0.3))
    with make_client(server, sleeps, timeout=0.05, max_retries=0) as client:
        assert client.timeout == 0.05
        with pytest.raises(APITimeoutError):
            client.evses.read(1)


# -- parsing -----------------------------------------------------------------------


def test_unknown_enum_value_and_extra_field(
    server: RecordingServer, sleeps: SleepRecorder
) -> None:
    data = evse_json(9, status="reserved", hardwareVersion="2.0")
    server.on("GET", f"{EVSES}/9", Reply(body={"data": data}))
    with make_client(server, sleeps) as client:
        evse = client.evses.read(9)
    assert isinstance(evse, Evse)
    assert isinstance(evse.status, EvseStatus) and evse.status.value == "reserved"
    assert evse.hardwareVersion == "2.0"  # type: ignore[attr-defined]


def test_missing_required_field_parsed_loosely(
    server: RecordingServer, sleeps: SleepRecorder
) -> None:
    data = evse_json(9)
    del data["chargePointId"]
    items = [data, evse_json(10, id="ten")]
    server.on("GET", f"{EVSES}/9", Reply(body={"data": data}))
    server.on("GET", EVSES, Reply(body=cursor_page(items, None)))
    with make_client(server, sleeps) as client:
        evse = client.evses.read(9)
        listed = list(client.evses.listing())
    assert isinstance(evse, Evse) and evse.charge_point_id is None and evse.id == 9
    assert [e.id for e in listed] == [9, "ten"]
    assert all(isinstance(e, Evse) for e in listed)


def test_response_not_wrapped_in_data_is_still_parsed(
    server: RecordingServer, sleeps: SleepRecorder
) -> None:
    server.on("GET", f"{EVSES}/9", Reply(body=evse_json(9)))
    with make_client(server, sleeps) as client:
        assert client.evses.read(9).id == 9


# -- deprecation -------------------------------------------------------------------


def test_deprecated_call_warns_at_the_call_site(
    server: RecordingServer, sleeps: SleepRecorder
) -> None:
    server.on("GET", EVSES_V20, Reply(body=number_page([evse_json(1)], 1, 1)))
    with make_client(server, sleeps) as client:
        with pytest.warns(DeprecationWarning) as record:
            pager = client.evses.listing_deprecated(page=1)
        assert [e.id for e in pager] == [1]
    (warning,) = record.list
    assert str(warning.message) == (
        "evsesListingDeprecated (GET /public-api/resources/evses/v2.0) is deprecated; "
        "use client.evses.listing() instead"
    )
    assert warning.filename == __file__


# -- raw responses, copies, lifecycle -----------------------------------------------


def test_with_raw_response(server: RecordingServer, sleeps: SleepRecorder) -> None:
    server.on(
        "GET",
        f"{EVSES}/17",
        Reply(body={"data": evse_json(17)}, headers={"X-RateLimit-Remaining": "59"}),
    )
    server.on("GET", EVSES, Reply(body=cursor_page([evse_json(1)], None)))
    server.on("DELETE", f"{EVSES}/17", Reply(204))
    with make_client(server, sleeps) as client:
        raw = client.with_raw_response.evses.read(17)
        assert isinstance(raw, APIResponse)
        assert raw.status_code == 200
        assert raw.headers["X-RateLimit-Remaining"] == "59"
        assert raw.http_request.method == "GET"
        assert str(raw.http_request.url) == f"{server.url}{EVSES}/17"
        assert raw.json()["data"]["id"] == 17
        assert b'"physicalReference"' in raw.content and "EVSE-17" in raw.text
        parsed = raw.parse()
        assert isinstance(parsed, Evse) and parsed.id == 17 and raw.parse() is parsed
        assert TOKEN not in repr(raw) and TOKEN not in repr(raw.http_request.headers)

        raw_page = client.with_raw_response.evses.listing()
        assert isinstance(raw_page, APIResponse)
        page = raw_page.parse()
        assert isinstance(page, Page) and page.data[0].id == 1

        raw_delete = client.with_raw_response.evses.delete(17)
        assert raw_delete.status_code == 204 and raw_delete.parse() is None

        # The original client is unchanged.
        assert isinstance(client.evses.read(17), Evse)


def test_with_options_shares_the_pool_and_keeps_the_original(
    server: RecordingServer, sleeps: SleepRecorder
) -> None:
    client = make_client(server, sleeps)
    copy = client.with_options(timeout=5.0, max_retries=0)
    assert type(copy) is FakeAmpeco
    assert copy._http is client._http
    assert (copy.timeout, copy.max_retries) == (5.0, 0)
    assert (client.timeout, client.max_retries) == (60.0, 2)
    assert copy.evses is not client.evses and copy.evses._client is copy
    copy.close()  # a copy does not close the shared pool
    assert not client._http.is_closed
    copied_token = client.copy(api_token="other")._token
    assert copied_token is not None and copied_token.reveal() == "other"
    client.close()
    assert client._http.is_closed


def test_user_http_client_is_not_closed(server: RecordingServer) -> None:
    http = httpx.Client()
    with FakeAmpeco(base_url=server.url, api_token=TOKEN, http_client=http):
        pass
    assert not http.is_closed
    http.close()
    with pytest.raises(ConfigurationError):
        FakeAmpeco(
            base_url=server.url,
            api_token=TOKEN,
            http_client=httpx.Client(),
            transport=httpx.MockTransport(lambda r: httpx.Response(200)),
        )


def test_base_classes_are_usable_directly() -> None:
    client = SyncClient(base_url="cpo.example.com", api_token="t")
    assert repr(client) == (
        "SyncClient(base_url='https://cpo.example.com', api_version='unknown')"
    )
    client.close()
