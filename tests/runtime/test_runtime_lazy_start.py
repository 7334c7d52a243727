"""Start-up cost: constructing a client loads no transport, asyncio, pydantic or models.

httpx's default transport (httpcore plus an SSL context with the CA bundle) is created
on the first request instead, unless proxy variables are set, where httpx builds its
transports itself. Everything else about the connection pool is unchanged.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from runtime.client import _LazyAsyncTransport, _LazyTransport
from runtime.transport import DeadlineTransport
from runtime_fakes import TOKEN, AsyncFakeAmpeco, FakeAmpeco, evse_json
from runtime_server import RecordingServer, Reply

_TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
EVSE = "/public-api/resources/evses/v2.1/17"
_PROXY_VARIABLES = (
    "HTTP_PROXY",
    "HTTPS_PROXY",
    "ALL_PROXY",
    "http_proxy",
    "https_proxy",
    "all_proxy",
)


@pytest.fixture
def no_proxies(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in _PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)


HEAVY = (
    "httpcore",
    "anyio",
    "asyncio",
    "pydantic",
    "runtime.models",
    "runtime.streaming",
    "runtime.transport",
)


def test_construction_loads_no_transport_asyncio_or_pydantic() -> None:
    code = (
        "import sys\n"
        "from runtime.client import SyncClient, AsyncClient\n"
        "from runtime.pagination import SyncPager\n"
        "from runtime.types import NOT_GIVEN\n"
        "SyncClient(base_url='cpo.example.com', api_token='t')\n"
        "AsyncClient(base_url='cpo.example.com', api_token='t')\n"
        f"print([m for m in {HEAVY!r} if m in sys.modules])\n"
    )
    env = {
        k: v
        for k, v in os.environ.items()
        if k.lower() not in {p.lower() for p in _PROXY_VARIABLES}
    }
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=_TEMPLATES,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.strip() == "[]", out.stdout


def test_streamed_names_are_still_importable_from_the_client_module() -> None:
    import runtime
    from runtime import client, streaming
    from runtime.client import StreamedAPIResponse, to_raw, to_streamed_listing

    assert StreamedAPIResponse is streaming.StreamedAPIResponse
    assert to_raw is streaming.to_raw
    assert to_streamed_listing is streaming.to_streamed_listing
    assert runtime.AsyncStreamedAPIResponse is streaming.AsyncStreamedAPIResponse
    assert set(streaming.__all__) <= set(client.__all__)
    with pytest.raises(AttributeError):
        client.no_such_name  # noqa: B018


def test_page_models_are_reexported() -> None:
    import runtime
    from runtime import models, pagination

    assert pagination.PageLinks is models.PageLinks is runtime.PageLinks
    assert pagination.PageMeta is models.PageMeta is runtime.PageMeta
    assert pagination.parse_page is models.parse_page
    with pytest.raises(AttributeError):
        pagination.no_such_name  # noqa: B018
    assert set(runtime.__all__) <= set(dir(runtime))


def test_transport_is_created_by_the_first_request(
    no_proxies: None, server: RecordingServer
) -> None:
    server.on("GET", EVSE, Reply(body={"data": evse_json(17)}))
    client = FakeAmpeco(base_url=server.url, api_token=TOKEN, max_retries=0)
    lazy = client._http._transport
    assert isinstance(lazy, _LazyTransport) and lazy._transport is None
    client.evses.read(17)
    assert isinstance(lazy._transport, DeadlineTransport)
    created = lazy._transport
    client.evses.read(17)
    assert lazy._transport is created  # one pool, reused
    client.close()
    assert client._http.is_closed


def test_close_before_any_request(no_proxies: None) -> None:
    client = FakeAmpeco(base_url="cpo.example.com", api_token=TOKEN)
    client.close()
    assert client._http.is_closed
    with pytest.raises(RuntimeError):
        client._http.get("https://cpo.example.com/")


def test_proxy_variables_keep_httpx_transports(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:9")
    client = FakeAmpeco(base_url="cpo.example.com", api_token=TOKEN)
    assert isinstance(client._http._transport, httpx.HTTPTransport)
    assert client._http._mounts  # httpx's proxy mounts are in place
    client.close()


def test_given_transport_is_used_as_is(no_proxies: None) -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(204))
    client = FakeAmpeco(
        base_url="cpo.example.com", api_token=TOKEN, transport=transport
    )
    assert client._http._transport is transport


def test_async_transport_is_created_by_the_first_request(
    no_proxies: None, server: RecordingServer
) -> None:
    server.on("GET", EVSE, Reply(body={"data": evse_json(17)}))

    async def scenario() -> None:
        async with AsyncFakeAmpeco(
            base_url=server.url, api_token=TOKEN, max_retries=0
        ) as client:
            lazy = client._http._transport
            assert isinstance(lazy, _LazyAsyncTransport) and lazy._transport is None
            await client.evses.read(17)
            assert isinstance(lazy._transport, httpx.AsyncHTTPTransport)
        assert client._http.is_closed

    asyncio.run(scenario())


def test_async_retry_sleeps_with_asyncio(
    no_proxies: None, server: RecordingServer
) -> None:
    server.on(
        "GET",
        EVSE,
        Reply(503, {"message": "busy"}, {"Retry-After": "0"}),
        Reply(body={"data": evse_json(17)}),
    )
    server.on("GET", EVSE, Reply(body={"data": evse_json(17)}))

    async def scenario() -> None:
        async with AsyncFakeAmpeco(
            base_url=server.url, api_token=TOKEN, max_retries=1
        ) as client:
            evse = await client.evses.read(17)
            assert evse.id == 17

    asyncio.run(scenario())
