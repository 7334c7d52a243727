"""Deadlines that hold against a hostile server, and secrets masked on every request the
SDK exposes (issue 18). Servers bind 127.0.0.1; each serves a bounded number of
connections and every test finishes within a few seconds."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from runtime.errors import APIConnectionError, APITimeoutError, InternalServerError
from runtime_fakes import EVSES, TOKEN, AsyncFakeAmpeco, FakeAmpeco, evse_json
from runtime_server import RecordingServer, Reply


class DrippingServer:
    """Answers each connection with headers at once, then one body byte every ``pause``
    seconds (at most ``limit`` bytes), like a server stuck behind a slow proxy."""

    def __init__(
        self, pause: float = 0.3, limit: int = 60, where: str = "body"
    ) -> None:
        self.pause, self.limit, self.where = pause, limit, where
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.sock.settimeout(0.2)
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.sock.getsockname()[1]}"

    def _serve(self) -> None:
        served = 0
        while not self.stopped.is_set() and served < 10:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            served += 1
            threading.Thread(target=self._drip, args=(conn,), daemon=True).start()

    def _drip(self, conn: socket.socket) -> None:
        with conn:
            try:
                conn.recv(65536)
                body = b" " * self.limit
                head = (
                    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                    b"Content-Length: %d\r\n\r\n" % len(body)
                )
                if self.where == "body":
                    conn.sendall(head)
                    data = body
                else:
                    data = head + body
                for byte in data:
                    if self.stopped.is_set():
                        return
                    conn.sendall(bytes([byte]))
                    time.sleep(self.pause)
            except OSError:
                return

    def __enter__(self) -> DrippingServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.stopped.set()
        self.sock.close()
        self.thread.join(5)


@pytest.fixture
def dripping() -> Iterator[DrippingServer]:
    with DrippingServer() as server:
        yield server


def test_timeout_bounds_the_whole_attempt_against_a_dripping_body(
    dripping: DrippingServer,
) -> None:
    client = FakeAmpeco(
        base_url=dripping.url, api_token=TOKEN, max_retries=0, timeout=1.0
    )
    started = time.monotonic()
    with pytest.raises(APITimeoutError):
        client.evses.read(1)
    elapsed = time.monotonic() - started
    assert elapsed < 2.0, elapsed  # 60 bytes at 0.3 s would take 18 s


def test_async_timeout_bounds_the_whole_attempt(dripping: DrippingServer) -> None:
    async def main() -> float:
        async with AsyncFakeAmpeco(
            base_url=dripping.url, api_token=TOKEN, max_retries=0, timeout=1.0
        ) as client:
            started = time.monotonic()
            with pytest.raises(APITimeoutError):
                await client.evses.read(1)
            return time.monotonic() - started

    elapsed = asyncio.run(asyncio.wait_for(main(), 15))
    assert elapsed < 2.0, elapsed


def test_total_timeout_bounds_the_call_with_its_retries(
    server: RecordingServer,
) -> None:
    server.on("GET", f"{EVSES}/1", Reply(503, {"message": "busy"}, delay=0.3))
    client = FakeAmpeco(
        base_url=server.url,
        api_token=TOKEN,
        max_retries=50,
        total_timeout=1.0,
        sleep=lambda seconds: time.sleep(min(seconds, 0.05)),
    )
    started = time.monotonic()
    with pytest.raises((APITimeoutError, InternalServerError)):
        client.evses.read(1)
    elapsed = time.monotonic() - started
    # it gives up as soon as the next wait would overrun the deadline
    assert 0.5 < elapsed < 2.0, elapsed
    assert 2 <= len(server.requests) <= 5


def test_total_timeout_bounds_one_slow_attempt(dripping: DrippingServer) -> None:
    client = FakeAmpeco(
        base_url=dripping.url, api_token=TOKEN, timeout=30.0, total_timeout=1.0
    )
    started = time.monotonic()
    with pytest.raises(APITimeoutError):
        client.evses.read(1)
    assert time.monotonic() - started < 2.0


# -- the header phase: status line and headers dripped a byte at a time ---------------
# httpx's timeouts bound each read, so without the attempt's deadline these would take
# the ~30 s the server needs to drip its head (0.2 s a byte); the bounds below are what
# the deadline promises (1 s, plus one retry wait where retries are allowed), not speed.


@pytest.fixture
def dripping_head() -> Iterator[DrippingServer]:
    with DrippingServer(pause=0.2, where="head") as server:
        yield server


def test_timeout_bounds_a_dripping_head(dripping_head: DrippingServer) -> None:
    client = FakeAmpeco(
        base_url=dripping_head.url, api_token=TOKEN, max_retries=0, timeout=1.0
    )
    started = time.monotonic()
    with pytest.raises(APITimeoutError):
        client.evses.read(1)
    elapsed = time.monotonic() - started
    assert elapsed < 2.5, elapsed
    client.close()


def test_timeout_bounds_a_dripping_head_on_the_callers_http_client(
    dripping_head: DrippingServer,
) -> None:
    with httpx.Client() as http:
        client = FakeAmpeco(
            base_url=dripping_head.url,
            api_token=TOKEN,
            max_retries=0,
            timeout=1.0,
            http_client=http,
        )
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            client.evses.read(1)
        elapsed = time.monotonic() - started
    assert elapsed < 2.5, elapsed


def test_async_timeout_bounds_a_dripping_head(dripping_head: DrippingServer) -> None:
    async def main() -> float:
        async with AsyncFakeAmpeco(
            base_url=dripping_head.url, api_token=TOKEN, max_retries=0, timeout=1.0
        ) as client:
            started = time.monotonic()
            with pytest.raises(APITimeoutError):
                await client.evses.read(1)
            return time.monotonic() - started

    elapsed = asyncio.run(asyncio.wait_for(main(), 15))
    assert elapsed < 2.5, elapsed


def test_async_timeout_bounds_a_dripping_head_on_the_callers_http_client(
    dripping_head: DrippingServer,
) -> None:
    async def main() -> float:
        async with httpx.AsyncClient() as http:
            client = AsyncFakeAmpeco(
                base_url=dripping_head.url,
                api_token=TOKEN,
                max_retries=0,
                timeout=1.0,
                http_client=http,
            )
            started = time.monotonic()
            with pytest.raises(APITimeoutError):
                await client.evses.read(1)
            return time.monotonic() - started

    elapsed = asyncio.run(asyncio.wait_for(main(), 15))
    assert elapsed < 2.5, elapsed


def test_async_timeout_bounds_a_dripping_head_under_trio(
    dripping_head: DrippingServer,
) -> None:
    trio = pytest.importorskip("trio")

    async def main() -> float:
        async with AsyncFakeAmpeco(
            base_url=dripping_head.url, api_token=TOKEN, max_retries=0, timeout=1.0
        ) as client:
            started = time.monotonic()
            with pytest.raises(APITimeoutError):
                await client.evses.read(1)
            return float(time.monotonic() - started)

    elapsed = trio.run(main)
    assert elapsed < 2.5, elapsed


def test_trio_retries_wait_with_trio(server: RecordingServer) -> None:
    trio = pytest.importorskip("trio")
    server.on(
        "GET",
        f"{EVSES}/1",
        Reply(503, {"message": "busy"}, {"Retry-After": "0"}),
        Reply(200, {"data": evse_json(1)}),
    )

    async def main() -> int:
        async with AsyncFakeAmpeco(
            base_url=server.url, api_token=TOKEN, max_retries=1
        ) as client:
            return (await client.evses.read(1)).id

    assert trio.run(main) == 1


def test_total_timeout_bounds_retries_of_a_dripping_head(
    dripping_head: DrippingServer,
) -> None:
    client = FakeAmpeco(
        base_url=dripping_head.url,
        api_token=TOKEN,
        max_retries=5,
        timeout=1.0,
        total_timeout=1.5,
    )
    started = time.monotonic()
    with pytest.raises(APITimeoutError):
        client.evses.read(1)
    elapsed = time.monotonic() - started
    assert elapsed < 2.5, elapsed  # five retries of 1 s attempts would take 6 s
    client.close()


def test_async_total_timeout_bounds_retries_of_a_dripping_head(
    dripping_head: DrippingServer,
) -> None:
    async def main() -> float:
        async with AsyncFakeAmpeco(
            base_url=dripping_head.url,
            api_token=TOKEN,
            max_retries=5,
            timeout=1.0,
            total_timeout=1.5,
        ) as client:
            started = time.monotonic()
            with pytest.raises(APITimeoutError):
                await client.evses.read(1)
            return time.monotonic() - started

    elapsed = asyncio.run(asyncio.wait_for(main(), 15))
    assert elapsed < 2.5, elapsed


def test_without_a_deadline_the_transport_changes_nothing(
    server: RecordingServer,
) -> None:
    server.on("GET", f"{EVSES}/1", Reply(200, {"data": evse_json(1)}, delay=0.3))
    client = FakeAmpeco(base_url=server.url, api_token=TOKEN, timeout=None)
    assert client.evses.read(1).id == 1
    client.close()


def test_a_refused_connection_is_an_sdk_connection_error() -> None:
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()  # nothing listens there now
    client = FakeAmpeco(
        base_url=f"http://127.0.0.1:{port}", api_token=TOKEN, max_retries=0
    )
    with pytest.raises(APIConnectionError, match="ConnectError"):
        client.evses.read(1)
    client.close()


@pytest.mark.parametrize("value", [0, -1, "5", True])
def test_total_timeout_is_checked(value: Any) -> None:
    from runtime.errors import ConfigurationError

    with pytest.raises(ConfigurationError, match="total_timeout"):
        FakeAmpeco(base_url="http://127.0.0.1:9", api_token=TOKEN, total_timeout=value)


# -- every failure is the SDK's own --------------------------------------------------


def test_an_event_hook_error_becomes_an_sdk_error(server: RecordingServer) -> None:
    server.on("GET", f"{EVSES}/1", Reply(200, {"data": evse_json(1)}))

    def boom(response: httpx.Response) -> None:
        raise httpx.StreamConsumed()

    http = httpx.Client(event_hooks={"response": [boom]})
    client = FakeAmpeco(base_url=server.url, api_token=TOKEN, http_client=http)
    with pytest.raises(APIConnectionError):
        client.evses.read(1)


# -- secrets masked on every request the SDK exposes ---------------------------------


def test_authorization_masked_after_a_redirect_followed_by_the_callers_client(
    server: RecordingServer,
) -> None:
    server.on("GET", f"{EVSES}/1", Reply(302, b"", {"Location": f"{EVSES}/2"}))
    server.on("GET", f"{EVSES}/2", Reply(500, {"message": "down"}))
    http = httpx.Client(follow_redirects=True)
    client = FakeAmpeco(
        base_url=server.url, api_token=TOKEN, http_client=http, max_retries=0
    )
    with pytest.raises(InternalServerError) as info:
        client.evses.read(1)
    response = info.value.response
    assert (
        server.requests[-1].headers["authorization"] == f"Bearer {TOKEN}"
    )  # it was sent
    requests = [r.request for r in response.history] + [response.request]
    assert len(requests) == 2
    for request in requests:
        assert request.headers["authorization"] == "Bearer [masked]"
        assert TOKEN not in repr(request.headers)


def test_authorization_from_the_callers_own_auth_is_masked(
    server: RecordingServer,
) -> None:
    server.on("GET", f"{EVSES}/1", Reply(404, {"message": "no"}))
    http = httpx.Client(auth=httpx.BasicAuth("user", "pa55word"))
    client = FakeAmpeco(base_url=server.url, api_token=TOKEN, http_client=http)
    with pytest.raises(Exception) as info:
        client.evses.read(1)
    request = info.value.response.request  # type: ignore[attr-defined]
    assert "pa55word" not in str(request.headers) and TOKEN not in str(request.headers)
    assert request.headers["authorization"].endswith("[masked]")


def test_a_url_httpx_cannot_build_is_an_sdk_error(server: RecordingServer) -> None:
    client = FakeAmpeco(base_url=server.url, api_token=TOKEN)
    huge = "x" * 70_000  # httpx refuses URLs over 65,536 characters
    with pytest.raises(APIConnectionError, match="Cannot send GET"):
        client.evses.read(1, include=[huge])
    with pytest.raises(APIConnectionError, match="Cannot send GET"):
        client.evses.listing(filter={"chargePointId": huge}).first_page()
    assert server.requests == []


# -- the deadline-aware transport, piece by piece --------------------------------------


class _FakeStream:
    def __init__(self) -> None:
        self.timeouts: list[float | None] = []

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        self.timeouts.append(timeout)
        return b"x"

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self.timeouts.append(timeout)

    def start_tls(self, ssl_context: Any, server_hostname: Any, timeout: Any) -> Any:
        self.timeouts.append(timeout)
        return _FakeStream()

    def close(self) -> None:
        pass

    def get_extra_info(self, info: str) -> Any:
        return info


def test_every_socket_operation_gets_at_most_the_time_left() -> None:
    import httpcore

    from runtime.deadlines import ATTEMPT_DEADLINE
    from runtime.transport import _DeadlineNetworkStream

    inner = _FakeStream()
    stream = _DeadlineNetworkStream(inner)  # type: ignore[arg-type]
    stream.read(10, 5.0)  # no deadline set: the timeout as given
    token = ATTEMPT_DEADLINE.set(time.monotonic() + 1.0)
    try:
        stream.read(10, 5.0)
        stream.write(b"x", None)
        tls = stream.start_tls(None, "host", 30.0)  # type: ignore[arg-type]
        assert isinstance(tls, _DeadlineNetworkStream)
        assert stream.get_extra_info("socket") == "socket"
    finally:
        ATTEMPT_DEADLINE.reset(token)
    assert inner.timeouts[0] == 5.0
    assert all(t is not None and 0 < t <= 1.0 for t in inner.timeouts[1:])
    token = ATTEMPT_DEADLINE.set(time.monotonic() - 0.01)  # past
    try:
        with pytest.raises(httpcore.ReadTimeout):
            stream.read(10, 5.0)
        with pytest.raises(httpcore.WriteTimeout):
            stream.write(b"x", 5.0)
        with pytest.raises(httpcore.ConnectTimeout):
            stream.start_tls(None, "host", 5.0)  # type: ignore[arg-type]
    finally:
        ATTEMPT_DEADLINE.reset(token)


def test_httpcore_errors_become_httpxs() -> None:
    import httpcore

    from runtime.transport import _httpx_error

    assert _httpx_error(httpcore.ReadTimeout("x")) is httpx.ReadTimeout
    assert _httpx_error(httpcore.ConnectError("x")) is httpx.ConnectError
    assert _httpx_error(httpcore.RemoteProtocolError("x")) is httpx.RemoteProtocolError
    assert _httpx_error(httpcore.PoolTimeout("x")) is httpx.PoolTimeout
    assert _httpx_error(ValueError("x")) is None


def test_the_clients_own_pool_speaks_tls(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """TLS goes through the deadline-aware streams (start_tls), and the SSL context is
    httpx's default one (here trusting a self-signed certificate by SSL_CERT_FILE)."""
    import http.server
    import json
    import shutil
    import ssl
    import subprocess

    from runtime.transport import DeadlineTransport

    if shutil.which("openssl") is None:
        pytest.skip("no openssl to make a certificate")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-nodes", "-days", "1"]
        + ["-pkeyopt", "ec_paramgen_curve:prime256v1"]
        + ["-keyout", str(key), "-out", str(cert), "-subj", "/CN=127.0.0.1"]
        + ["-addext", "subjectAltName=IP:127.0.0.1"],
        check=True,
        capture_output=True,
    )
    body = json.dumps({"data": evse_json(1)}).encode()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(str(cert), str(key))
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    try:
        url = f"https://127.0.0.1:{httpd.server_address[1]}"
        with FakeAmpeco(base_url=url, api_token=TOKEN, timeout=5.0) as client:
            assert client.evses.read(1).id == 1
            assert client.evses.read(1).id == 1  # the connection reused
            assert isinstance(client._lazy._transport, DeadlineTransport)
    finally:
        httpd.shutdown()
        httpd.server_close()
