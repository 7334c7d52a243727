"""Streamed responses (``client.with_streaming_response``) over real HTTP on 127.0.0.1.

The body is handed over unread and read only as it is consumed; leaving the ``with``
block releases the connection (also early, or on an exception); errors raise the SDK's
typed errors before the block begins; retries happen only before that; secrets stay
masked; every kind of operation streams (binary, text, JSON, no body, listings).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import importlib
import queue
import sys
import threading
import tracemalloc
import warnings
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from generator.pipeline import generate
from generator.writer import write_tree

from .conftest import FIXTURES, sdk_names
from .runtime.runtime_server import Reply, SleepRecorder

MIXED = "mixed_streaming"  # the mixed fixture, under a name of its own
AMPECO = "ampeco_streaming"
KEY = "q-s3cret-key"

MIB = 1024 * 1024
SIZE = 20 * MIB
CHUNK = 64 * 1024
HELD_AFTER = MIB  # the big-body server sends this much, then waits to be released
HOLD_TIMEOUT = 5.0
PATTERN = bytes(range(256)) * (CHUNK // 256)
DIGEST = hashlib.sha256(PATTERN * (SIZE // CHUNK)).hexdigest()


@pytest.fixture(scope="module")
def mixed(tmp_path_factory):
    out = tmp_path_factory.mktemp("mixed_streaming")
    write_tree(generate(FIXTURES / "mixed" / "mixed.yaml", package=MIXED).files, out)
    sys.path.insert(0, str(out))
    yield importlib.import_module(MIXED)
    sys.path.remove(str(out))


@pytest.fixture(scope="module")
def ampeco(real_entry, tmp_path_factory):
    out = tmp_path_factory.mktemp("ampeco_streaming")
    write_tree(generate(real_entry.path, sha256=real_entry.sha256, package=AMPECO).files, out)
    sys.path.insert(0, str(out))
    yield importlib.import_module(AMPECO)
    sys.path.remove(str(out))


def sync_client(pkg, url, **options):
    return getattr(pkg, sdk_names(pkg.__name__).client)(base_url=url, api_token="bear", credentials={"keyQuery": KEY}, **options)


def async_client(pkg, url, **options):
    return getattr(pkg, sdk_names(pkg.__name__).async_client)(base_url=url, api_token="bear", credentials={"keyQuery": KEY}, **options)


# -- a server of big, slow bodies -------------------------------------------------------------


class BigBodyServer:
    """``GET /blobs/<name>``: SIZE bytes in CHUNK pieces, with Content-Length.

    With ``hold`` it sends HELD_AFTER bytes and then waits for ``release``; with
    ``truncate`` it drops the connection there instead. ``outcomes`` gets how each
    transfer ended: "complete", "aborted" (the client closed the connection) or
    "never released".
    """

    def __init__(self) -> None:
        self.hold = False
        self.truncate = False
        self.release = threading.Event()
        self.outcomes: queue.Queue[str] = queue.Queue()
        self.requests = 0
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._httpd.daemon_threads = True
        threading.Thread(target=self._httpd.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._httpd.server_address[1]}"

    def outcome(self) -> str:
        """How the transfer ended (waits for it; "unfinished" if it does not end)."""
        try:
            return self.outcomes.get(timeout=HOLD_TIMEOUT * 2)
        except queue.Empty:
            return "unfinished"

    def stop(self) -> None:
        self.release.set()
        self._httpd.shutdown()
        self._httpd.server_close()

    def _send_body(self, wfile: Any) -> str:
        sent = 0
        while sent < SIZE:
            if sent == HELD_AFTER and (self.hold or self.truncate):
                if self.truncate:
                    return "truncated"
                if not self.release.wait(HOLD_TIMEOUT):
                    return "never released"
            wfile.write(PATTERN)
            sent += CHUNK
        return "complete"

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                server.requests += 1
                self.send_response(200)
                self.send_header("Content-Type", "application/octet-stream")
                self.send_header("Content-Length", str(SIZE))
                self.end_headers()
                try:
                    outcome = server._send_body(self.wfile)
                except (BrokenPipeError, ConnectionResetError):
                    outcome = "aborted"
                self.close_connection = True
                server.outcomes.put(outcome)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        return Handler


@pytest.fixture()
def big():
    server = BigBodyServer()
    yield server
    server.stop()


# -- the body is not read before it is consumed ---------------------------------------------------


def test_sync_body_arrives_while_the_server_is_still_sending(mixed, big):
    big.hold = True
    digest = hashlib.sha256()
    with sync_client(mixed, big.url) as client:
        with client.with_streaming_response.uploads.blob_get("big.bin") as response:
            assert response.status_code == 200 and response.headers["content-length"] == str(SIZE)
            chunks = response.iter_bytes()
            first = next(chunks)
            assert first and big.outcomes.empty()  # the server is still waiting to be released
            big.release.set()
            digest.update(first)
            for chunk in chunks:
                digest.update(chunk)
        assert response.is_closed
    assert big.outcome() == "complete" and digest.hexdigest() == DIGEST


def test_async_body_arrives_while_the_server_is_still_sending(mixed, big):
    big.hold = True

    async def scenario() -> int:
        total = 0
        async with async_client(mixed, big.url) as client:
            async with client.with_streaming_response.uploads.blob_get("big.bin") as response:
                async for chunk in response.aiter_bytes():
                    if total == 0:
                        assert big.outcomes.empty()
                        big.release.set()
                    total += len(chunk)
            assert response.is_closed
        return total

    assert asyncio.run(scenario()) == SIZE
    assert big.outcome() == "complete"


def test_write_to_keeps_memory_small(mixed, big, tmp_path):
    target = tmp_path / "big.bin"
    with sync_client(mixed, big.url) as client:
        tracemalloc.start()
        try:
            with client.with_streaming_response.uploads.blob_get("big.bin") as response:
                written = response.write_to(target)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert written == SIZE and hashlib.sha256(target.read_bytes()).hexdigest() == DIGEST
    assert peak < SIZE / 4, f"{peak} bytes held while writing {SIZE}"  # read whole: > SIZE


def test_async_write_to_a_file_object_keeps_memory_small(mixed, big, tmp_path):
    target = tmp_path / "big.bin"

    async def scenario() -> tuple[int, int]:
        async with async_client(mixed, big.url) as client:
            tracemalloc.start()
            try:
                async with client.with_streaming_response.uploads.blob_get("big.bin") as response:
                    with target.open("wb") as file:
                        written = await response.write_to(file)
                return written, tracemalloc.get_traced_memory()[1]
            finally:
                tracemalloc.stop()

    written, peak = asyncio.run(scenario())
    assert written == SIZE and hashlib.sha256(target.read_bytes()).hexdigest() == DIGEST
    assert peak < SIZE / 4, f"{peak} bytes held while writing {SIZE}"  # read whole: > SIZE


# -- the connection is released when the block ends ------------------------------------------------


class Stop(Exception):
    pass


@pytest.mark.parametrize("how", ["break", "exception"])
def test_leaving_early_closes_the_connection(mixed, big, how):
    big.hold = True
    with sync_client(mixed, big.url) as client:
        with pytest.raises(Stop) if how == "exception" else contextlib.nullcontext():
            with client.with_streaming_response.uploads.blob_get("big.bin") as response:
                for _ in response.iter_bytes():
                    if how == "exception":
                        raise Stop
                    break
        assert response.is_closed
        big.release.set()  # the server now writes the rest into a closed connection
        assert big.outcome() == "aborted"


def test_async_leaving_early_closes_the_connection(mixed, big):
    big.hold = True

    async def scenario() -> None:
        async with async_client(mixed, big.url) as client:
            with pytest.raises(Stop):
                async with client.with_streaming_response.uploads.blob_get("big.bin") as response:
                    async for _ in response.aiter_bytes():
                        raise Stop
            assert response.is_closed

    asyncio.run(scenario())
    big.release.set()
    assert big.outcome() == "aborted"


# -- errors and retries happen before the block ----------------------------------------------------


def test_error_status_raises_the_typed_error_with_its_body(mixed, server):
    server.on("GET", "/blobs/gone.bin", Reply(404, {"message": "no such blob"}))
    entered = []
    with sync_client(mixed, server.url) as client, pytest.raises(mixed.NotFoundError) as info:
        with client.with_streaming_response.uploads.blob_get("gone.bin"):
            entered.append(True)
    assert not entered and info.value.message == "no such blob"
    assert "api_key=[masked]" in info.value.request_url and KEY not in str(info.value)
    assert server.requests[0].query_pairs == [("api_key", KEY)]


def test_async_error_status_raises_the_typed_error_with_its_body(mixed, server):
    sleeps = SleepRecorder()
    server.on("GET", "/blobs/busy.bin", Reply(503, {"message": "try later"}))

    async def scenario() -> None:
        async with async_client(mixed, server.url, max_retries=1, sleep=sleeps.async_sleep) as client:
            async with client.with_streaming_response.uploads.blob_get("busy.bin"):
                raise AssertionError("entered the block despite the error")

    with pytest.raises(mixed.InternalServerError) as info:
        asyncio.run(scenario())
    assert info.value.status_code == 503 and info.value.message == "try later"
    assert len(server.requests) == 2 and len(sleeps.calls) == 1  # retried, then raised


def test_retries_happen_before_the_stream_is_handed_over(mixed, server):
    sleeps = SleepRecorder()
    server.on("GET", "/blobs/a.bin", Reply(503, {"message": "busy"}), Reply(body=b"payload"))
    with sync_client(mixed, server.url, sleep=sleeps) as client:
        with client.with_streaming_response.uploads.blob_get("a.bin") as response:
            assert b"".join(response.iter_bytes()) == b"payload"
    assert len(server.requests) == 2 and len(sleeps.calls) == 1


def test_a_failure_mid_stream_is_not_retried(mixed, big):
    big.truncate = True
    received = 0
    with sync_client(mixed, big.url, max_retries=2, sleep=SleepRecorder()) as client:
        with pytest.raises(mixed.APIConnectionError) as info:
            with client.with_streaming_response.uploads.blob_get("big.bin") as response:
                for chunk in response.iter_bytes():
                    received += len(chunk)
    assert received == HELD_AFTER and big.requests == 1
    assert "api_key=[masked]" in info.value.request_url and KEY not in str(info.value)


# -- every kind of operation, and secrets --------------------------------------------------------


def test_json_operation_streamed_then_parsed(mixed, server):
    server.on("GET", "/pets/3", Reply(body={"petType": "dog", "name": "Rex", "weight": 2.5}))
    with sync_client(mixed, server.url) as client:
        with client.with_streaming_response.pets.read(3) as response:
            assert response.headers["content-type"] == "application/json"
            pet = response.parse()
            assert response.json() == {"petType": "dog", "name": "Rex", "weight": 2.5}
            assert response.parse() is pet  # parsed once
    assert type(pet).__name__ == "Dog" and pet.name == "Rex"
    assert response.http_request.headers["authorization"] == "Bearer [masked]"
    assert server.requests[0].headers["authorization"] == "Bearer bear"


def test_async_json_operation_streamed_then_parsed(mixed, server):
    server.on("GET", "/pets/3", Reply(body={"petType": "cat", "name": "Tom"}))

    async def scenario() -> Any:
        async with async_client(mixed, server.url) as client:
            async with client.with_streaming_response.pets.read(3) as response:
                return await response.parse()

    pet = asyncio.run(scenario())
    assert type(pet).__name__ == "Cat" and pet.name == "Tom"


def test_text_and_bodiless_operations_stream(mixed, server):
    server.on("GET", "/ping", Reply(body="pong\nagain\n", headers={"Content-Type": "text/plain"}))
    server.on("PUT", "/blobs/a.bin", Reply(status=204))
    with sync_client(mixed, server.url) as client:
        with client.with_streaming_response.pings.ping() as response:
            assert list(response.iter_lines()) == ["pong", "again"]
        with client.with_streaming_response.uploads.blob_put("a.bin", body=b"x") as response:
            assert response.status_code == 204 and response.read() == b"" and response.parse() is None
    assert server.requests[1].body == b"x"


def test_secrets_are_masked_on_the_streamed_request(mixed, server):
    server.on("GET", "/blobs/a.bin", Reply(body=b"abc"))
    with sync_client(mixed, server.url) as client:
        with client.with_streaming_response.uploads.blob_get("a.bin") as response:
            assert KEY not in repr(response) and KEY not in str(response.url)
            assert response.url.params["api_key"] == "[masked]"
            assert response.read() == b"abc"
    assert server.requests[0].query_pairs == [("api_key", KEY)]


def test_only_resources_and_operations_are_offered(mixed):
    client = sync_client(mixed, "http://127.0.0.1:9")
    with pytest.raises(AttributeError, match="'close'"):
        client.with_streaming_response.close
    with pytest.raises(AttributeError, match="'_client'"):
        client.with_streaming_response.uploads._client
    assert client.with_streaming_response.uploads.blob_get.__name__ == "blob_get"


# -- AMPECO: listings and deprecated operations ---------------------------------------------------


def test_listing_streams_its_first_page(ampeco):
    from ampeco_streaming.stub import AmpecoStreamingStub as AmpecoStub

    stub = AmpecoStub(seed=1)
    with ampeco.AmpecoStreaming("http://stub.local", "t", transport=stub.transport()) as client:
        with client.with_streaming_response.evses.listing(per_page=2) as response:
            page = response.parse()
    assert len(page.data) == 2 and all(type(e).__name__ == "Evse" for e in page.data)

    async def scenario() -> Any:
        async with ampeco.AsyncAmpecoStreaming("http://stub.local", "t", transport=stub.async_transport()) as aclient:
            async with aclient.with_streaming_response.evses.listing(per_page=2) as response:
                return await response.parse()

    assert [e.id for e in asyncio.run(scenario()).data] == [e.id for e in page.data]


def test_deprecation_warning_points_at_the_with_statement(ampeco):
    from ampeco_streaming.stub import AmpecoStreamingStub as AmpecoStub

    stub = AmpecoStub(seed=1)
    with ampeco.AmpecoStreaming("http://stub.local", "t", transport=stub.transport()) as client:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            with client.with_streaming_response.evses.read_deprecated(1) as response:
                assert response.parse().id == 1
    assert [w.filename for w in caught if issubclass(w.category, DeprecationWarning)] == [__file__]
