"""The asynchronous client over real HTTP (a recording server on 127.0.0.1)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime, timezone
from decimal import Decimal
from typing import Any, TypeVar

import httpx
import pytest

from runtime.client import AsyncClient
from runtime.errors import (
    APITimeoutError,
    AuthenticationError,
    ConfigurationError,
    InternalServerError,
    NotFoundError,
    RateLimitError,
    UnprocessableEntityError,
    UnsafeRedirectError,
)
from runtime.pagination import AsyncPager, Page
from runtime.response import APIResponse
from runtime_fakes import (
    TOKEN,
    AsyncFakeAmpeco,
    Evse,
    EvseStatus,
    Session,
    StartSessionAccepted,
    StartSessionRequest,
    evse_json,
)
from runtime_server import RecordingServer, Reply, SleepRecorder
from runtime_fakes import (
    EVSES,
    EVSES_V20,
    SESSIONS,
    START,
    cursor_page,
    number_page,
)

T = TypeVar("T")


def run(factory: Callable[[], Awaitable[T]]) -> T:
    async def main() -> T:
        return await factory()

    return asyncio.run(main())


def make_client(
    server: RecordingServer, sleeps: SleepRecorder, **kwargs: Any
) -> AsyncFakeAmpeco:
    return AsyncFakeAmpeco(
        base_url=server.url, api_token=TOKEN, sleep=sleeps.async_sleep, **kwargs
    )


ACCEPTED = {"success": True, "sessionId": 7, "authorizationId": 8}


def test_read_query_path_and_headers(
    server: RecordingServer, sleeps: SleepRecorder
) -> None:
    server.on("GET", f"{EVSES}/a%2Fb", Reply(body={"data": evse_json(4)}))

    async def scenario() -> Evse:
        async with make_client(server, sleeps) as client:
            return await client.evses.read("a/b", include=["connectors", "evses"])

    evse = run(scenario)
    assert isinstance(evse, Evse) and evse.id == 4
    (request,) = server.requests
    assert request.request_line == (
        f"GET {EVSES}/a%2Fb?include%5B%5D=connectors&include%5B%5D=evses HTTP/1.1"
    )
    assert request.headers["authorization"] == f"Bearer {TOKEN}"
    assert request.headers["user-agent"].startswith("ampeco/1.2.3 (AMPECO API 3.110.0;")


def test_listing_query_and_cursor_walk(
    server: RecordingServer, sleeps: SleepRecorder
) -> None:
    next2 = f"{server.url}{EVSES}?cursor=c2&filter%5BchargePointId%5D=12&per_page=2"
    next3 = f"{server.url}{EVSES}?cursor=c3&filter%5BchargePointId%5D=12&per_page=2"
    server.on(
        "GET",
        EVSES,
        Reply(body=cursor_page([evse_json(1), evse_json(2)], next2)),
        Reply(body=cursor_page([evse_json(3), evse_json(4)], next3)),
        Reply(body=cursor_page([evse_json(5)], None)),
    )

    async def scenario() -> list[Any]:
        async with make_client(server, sleeps) as client:
            pager = client.evses.listing(
                filter={"chargePointId": 12, "roamingOperatorIds": [3]},
                include=["connectors"],
                per_page=2,
            )
            assert isinstance(pager, AsyncPager)
            return [evse.id async for evse in pager]

    assert run(scenario) == [1, 2, 3, 4, 5]
    assert server.requests[0].decoded_query == (
        "filter[chargePointId]=12&filter[roamingOperatorIds][]=3"
        "&include[]=connectors&per_page=2"
    )
    assert [r.query_pairs[0] for r in server.requests[1:]] == [
        ("cursor", "c2"),
        ("cursor", "c3"),
    ]


def test_page_number_walk_and_first_page(
    server: RecordingServer, sleeps: SleepRecorder
) -> None:
    sessions = [{"id": n, "amount": 2.5} for n in range(1, 6)]
    server.on(
        "GET",
        SESSIONS,
        Reply(body=number_page(sessions[0:2], 1, 3)),
        Reply(body=number_page(sessions[2:4], 2, 3)),
        Reply(body=number_page(sessions[4:5], 3, 3)),
    )

    async def scenario() -> tuple[Page[Session], list[list[Any]]]:
        async with make_client(server, sleeps) as client:
            pager = client.sessions.listing(filter={"status": "finished"}, per_page=2)
            first = await pager
            assert await pager.first_page() is first
            pages = [[s.id for s in page.data] async for page in pager.iter_pages()]
            return first, pages

    first, pages = run(scenario)
    assert pages == [[1, 2], [3, 4], [5]]
    assert first.meta is not None and first.meta.last_page == 3
    assert first.data[0].amount == Decimal("2.5")
    assert [r.decoded_query for r in server.requests] == [
        "filter[status]=finished&per_page=2",
        "filter[status]=finished&per_page=2&page=2",
        "filter[status]=finished&per_page=2&page=3",
    ]


def test_cross_origin_next_link_is_refused(
    server: RecordingServer, sleeps: SleepRecorder
) -> None:
    link = "https://attacker.example.net/public-api/resources/evses/v2.1?cursor=x"
    server.on("GET", EVSES, Reply(body=cursor_page([evse_json(1)], link)))

    async def scenario() -> list[Any]:
        seen: list[Any] = []
        async with make_client(server, sleeps) as client:
            with pytest.raises(UnsafeRedirectError):
                async for evse in client.evses.listing():
                    seen.append(evse.id)
        return seen

    assert run(scenario) == [1]
    assert len(server.requests) == 1


def test_post_body_and_errors(server: RecordingServer, sleeps: SleepRecorder) -> None:
    server.on(
        "POST",
        START,
        Reply(202, ACCEPTED),
        Reply(
            422,
            {"message": "Invalid.", "errors": {"userId": ["The user id is invalid."]}},
        ),
        Reply(404, {"message": "Not found."}),
    )

    async def scenario() -> StartSessionAccepted:
        async with make_client(server, sleeps) as client:
            body = StartSessionRequest(userId=1, idTag=None, maxAmount=Decimal("5.0"))
            result = await client.charge_points.start_charging_session(42, 1, body=body)
            with pytest.raises(UnprocessableEntityError) as info:
                await client.charge_points.start_charging_session(42, 1, body={})
            assert info.value.errors == {"userId": ["The user id is invalid."]}
            with pytest.raises(NotFoundError):
                await client.charge_points.start_charging_session(42, 1, body={})
            return result

    result = run(scenario)
    assert result.session_id == 7
    assert server.requests[0].body == b'{"userId":1,"idTag":null,"maxAmount":5.0}'


def test_429_retry_then_success_and_post_not_retried_on_500(
    server: RecordingServer, sleeps: SleepRecorder
) -> None:
    server.on(
        "POST",
        START,
        Reply(429, {"message": "Too Many Attempts."}, headers={"Retry-After": "1"}),
        Reply(202, ACCEPTED),
        Reply(500, {"message": "Server Error"}),
    )

    async def scenario() -> None:
        async with make_client(server, sleeps) as client:
            result = await client.charge_points.start_charging_session(42, 1)
            assert result.success is True
            with pytest.raises(InternalServerError):
                await client.charge_points.start_charging_session(42, 1)

    run(scenario)
    assert sleeps.calls == [1.0]
    assert len(server.requests) == 3


def test_get_retried_on_503_and_rate_limit_exhausted(
    server: RecordingServer, sleeps: SleepRecorder
) -> None:
    server.on(
        "GET",
        f"{EVSES}/1",
        Reply(503, "down"),
        Reply(200, {"data": evse_json(1)}),
    )
    server.on(
        "GET",
        f"{EVSES}/2",
        Reply(429, {"message": "Slow"}, headers={"Retry-After": "2"}),
    )

    async def scenario() -> None:
        async with make_client(server, sleeps) as client:
            assert (await client.evses.read(1)).id == 1
            with pytest.raises(RateLimitError) as info:
                await client.evses.read(2)
            assert info.value.retry_after == 2.0

    run(scenario)
    assert len(sleeps.calls) == 3 and sleeps.calls[1:] == [2.0, 2.0]
    assert len(server.requests) == 5


def test_post_retried_on_connect_error(sleeps: SleepRecorder) -> None:
    calls: list[httpx.Request] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        if len(calls) == 1:
            raise httpx.ConnectError("refused", request=request)
        return httpx.Response(202, json=ACCEPTED)

    async def scenario() -> StartSessionAccepted:
        client = AsyncFakeAmpeco(
            base_url="cpo.example.com",
            api_token=TOKEN,
            transport=httpx.MockTransport(handler),
            sleep=sleeps.async_sleep,
        )
        try:
            return await client.charge_points.start_charging_session(42, 1, body={})
        finally:
            await client.aclose()

    assert run(scenario).session_id == 7
    assert len(calls) == 2 and len(sleeps.calls) == 1


def test_timeout_per_call(server: RecordingServer, sleeps: SleepRecorder) -> None:
    server.on("POST", START, Reply(202, ACCEPTED, delay=0.3))

    async def scenario() -> None:
        async with make_client(server, sleeps) as client:
            with pytest.raises(APITimeoutError):
                await client.charge_points.start_charging_session(42, 1, timeout=0.05)

    run(scenario)
    assert len(server.requests) == 1 and sleeps.calls == []


def test_unknown_enum_extra_field_and_missing_required(
    server: RecordingServer, sleeps: SleepRecorder
) -> None:
    data = evse_json(3, status="blocked", socketCount=2)
    del data["chargePointId"]
    server.on("GET", f"{EVSES}/3", Reply(body={"data": data}))

    async def scenario() -> Evse:
        async with make_client(server, sleeps) as client:
            return await client.evses.read(3)

    evse = run(scenario)
    assert isinstance(evse.status, EvseStatus) and evse.status.value == "blocked"
    assert evse.socketCount == 2  # type: ignore[attr-defined]
    assert evse.charge_point_id is None
    assert evse.last_updated_at == datetime(2024, 5, 1, 10, tzinfo=timezone.utc)


def test_deprecated_call_warns_at_the_call_site(
    server: RecordingServer, sleeps: SleepRecorder
) -> None:
    server.on("GET", EVSES_V20, Reply(body=number_page([evse_json(1)], 1, 1)))

    async def scenario() -> list[Any]:
        async with make_client(server, sleeps) as client:
            return [e.id async for e in client.evses.listing_deprecated()]

    with pytest.warns(
        DeprecationWarning, match=r"use client\.evses\.listing\(\)"
    ) as record:
        assert run(scenario) == [1]
    assert record.list[0].filename == __file__


def test_with_raw_response(server: RecordingServer, sleeps: SleepRecorder) -> None:
    server.on(
        "GET",
        f"{EVSES}/17",
        Reply(body={"data": evse_json(17)}, headers={"X-RateLimit-Remaining": "42"}),
    )
    server.on("GET", EVSES, Reply(body=cursor_page([evse_json(1)], None)))

    async def scenario() -> None:
        async with make_client(server, sleeps) as client:
            raw = await client.with_raw_response.evses.read(17)
            assert isinstance(raw, APIResponse)
            assert raw.status_code == 200
            assert raw.headers["x-ratelimit-remaining"] == "42"
            assert raw.http_request.method == "GET"
            assert raw.url == httpx.URL(f"{server.url}{EVSES}/17")
            parsed = raw.parse()
            assert isinstance(parsed, Evse) and parsed.id == 17
            raw_page = await client.with_raw_response.evses.listing()
            assert isinstance(raw_page, APIResponse)
            assert [e.id for e in raw_page.parse().data] == [1]

    run(scenario)


def test_token_never_in_errors_or_logs(
    server: RecordingServer, sleeps: SleepRecorder, caplog: pytest.LogCaptureFixture
) -> None:
    server.on("GET", f"{EVSES}/1", Reply(401, {"message": "Unauthenticated."}))
    caplog.set_level(logging.DEBUG)

    async def scenario() -> AuthenticationError:
        async with make_client(server, sleeps) as client:
            assert TOKEN not in repr(client)
            with pytest.raises(AuthenticationError) as info:
                await client.evses.read(1)
            return info.value

    error = run(scenario)
    assert TOKEN not in str(error) and TOKEN not in repr(error)
    assert TOKEN not in str(error.response.request.headers.get("authorization"))
    assert TOKEN not in caplog.text


def test_lifecycle_and_options(server: RecordingServer, sleeps: SleepRecorder) -> None:
    async def scenario() -> None:
        user_http = httpx.AsyncClient()
        async with AsyncFakeAmpeco(
            base_url=server.url, api_token=TOKEN, http_client=user_http
        ) as client:
            copy = client.with_options(max_retries=0, timeout=3)
            assert copy._http is user_http and copy.max_retries == 0
            assert client.max_retries == 2
        assert not user_http.is_closed
        await user_http.aclose()

        own = make_client(server, sleeps)
        await own.close()
        assert own._http.is_closed

    run(scenario)
    with pytest.raises(ConfigurationError):
        AsyncFakeAmpeco(api_token="t")
    client = AsyncClient(base_url="cpo.example.com", api_token="t")
    assert "AsyncClient(base_url='https://cpo.example.com'" in repr(client)
