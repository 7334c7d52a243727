"""Malformed and hostile requests against both stub servers on 127.0.0.1 (issues 18
and 19): each gets a well-formed JSON 4xx, the server keeps serving, a client that
goes away is logged at debug level (no traceback), and 50 parallel clients x 10
requests get no 5xx."""

from __future__ import annotations

import contextlib
import importlib.util
import json
import socket
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest

SERVERS = ["stdlib", "uvicorn"]
EVSES = "/public-api/resources/evses/v2.1"
POINTS = "/public-api/resources/charge-points/v2.0"


def needs(server: str) -> None:
    if server == "uvicorn" and importlib.util.find_spec("uvicorn") is None:
        pytest.skip("uvicorn is not installed")


@contextlib.contextmanager
def served(gen: Any, server: str) -> Iterator[tuple[Any, str, int]]:
    stub = gen.new_stub(seed=1)
    with stub.serve(server=server, timeout=2.0) as url:
        port = int(url.rsplit(":", 1)[1])
        yield stub, url, port


def exchange(port: int, raw: bytes, *, half_close: bool = False, timeout: float = 8.0) -> tuple[int, Any]:
    """Send ``raw`` on a fresh connection; the status and JSON body answered."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        sock.sendall(raw)
        if half_close:
            sock.shutdown(socket.SHUT_WR)
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = sock.recv(65536)
            if not chunk:
                break
            data += chunk
        head, _, rest = data.partition(b"\r\n\r\n")
        if not head:
            return 0, None
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split()[1])
        headers = {k.lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
        length = int(headers.get("content-length", "0"))
        while len(rest) < length:
            chunk = sock.recv(65536)
            if not chunk:
                break
            rest += chunk
        return status, json.loads(rest[:length]) if length else None


def request(method: str, target: str, headers: dict[str, str] | None = None, body: bytes = b"") -> bytes:
    lines = [f"{method} {target} HTTP/1.1", "Host: 127.0.0.1", "Authorization: Bearer t", "Connection: close"]
    sent = dict(headers or {})
    if body and "Content-Length" not in sent:
        sent["Content-Length"] = str(len(body))
    lines += [f"{k}: {v}" for k, v in sent.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8") + body


def deep_json(depth: int) -> bytes:
    return b"[" * depth + b"]" * depth


CASES = {
    "5,000-digit path id": lambda: request("GET", f"{POINTS}/{'9' * 5000}"),
    "5,000-digit query integer": lambda: request("GET", f"{EVSES}?per_page={'9' * 5000}"),
    "5,000-digit JSON integer": lambda: request("POST", POINTS, {"Content-Type": "application/json"}, b'{"name": ' + b"9" * 5000 + b"}"),
    "superscript index": lambda: request("GET", f"{EVSES}?include[%C2%B2]=x"),
    "3,000-deep filter": lambda: request("GET", f"{EVSES}?filter" + "[a]" * 3000 + "=1"),
    "JSON nested 100,000 deep": lambda: request("POST", POINTS, {"Content-Type": "application/json"}, deep_json(100_000)),
    "JSON nested 500 deep": lambda: request("POST", POINTS, {"Content-Type": "application/json"}, deep_json(500)),
    "malformed URL": lambda: request("GET", "http://[::1/x"),
}


@pytest.mark.parametrize("server", SERVERS)
def test_malformed_requests_get_json_4xx_and_the_server_keeps_serving(gen: Any, server: str, caplog: pytest.LogCaptureFixture) -> None:
    needs(server)
    with served(gen, server) as (stub, url, port), caplog.at_level("DEBUG"):
        for name, build in CASES.items():
            status, body = exchange(port, build())
            assert 400 <= status < 500, (name, status, body)
            assert isinstance(body, dict) and isinstance(body.get("message"), str), (name, body)
            ok = httpx.get(f"{url}{EVSES}", headers={"Authorization": "Bearer t"}, timeout=5)
            assert ok.status_code == 200, name
    assert not [r for r in caplog.records if r.exc_info], [r.getMessage() for r in caplog.records if r.exc_info]


def test_bad_content_lengths_on_the_builtin_server(gen: Any) -> None:
    with served(gen, "stdlib") as (stub, url, port):
        status, body = exchange(port, request("POST", POINTS, {"Content-Length": "abc", "Content-Type": "application/json"}, b"{}"))
        assert status == 400 and "Content-Length" in body["message"]
        # far more than it sends, then the client stops writing: refused, not awaited
        status, body = exchange(port, request("POST", POINTS, {"Content-Length": "999999", "Content-Type": "application/json"}, b"{}"), half_close=True)
        assert status == 400 and "shorter" in body["message"]
        status, body = exchange(port, request("POST", POINTS, {"Content-Length": str(10**15), "Content-Type": "application/json"}, b"{}"))
        assert status == 413
        # a client that stops sending without closing: answered once the timeout passes
        status, body = exchange(port, request("POST", POINTS, {"Content-Length": "50", "Content-Type": "application/json"}, b"{}"))
        assert status == 408
        assert httpx.get(f"{url}{EVSES}", headers={"Authorization": "Bearer t"}, timeout=5).status_code == 200


def test_bad_content_lengths_under_uvicorn(gen: Any) -> None:
    needs("uvicorn")
    with served(gen, "uvicorn") as (stub, url, port):
        status, _ = exchange(port, request("POST", POINTS, {"Content-Length": "abc", "Content-Type": "application/json"}, b"{}"))
        assert 400 <= status < 500
        status, _ = exchange(port, request("POST", POINTS, {"Content-Length": "999999", "Content-Type": "application/json"}, b"{}"), half_close=True)
        assert status == 0 or 400 <= status < 500  # uvicorn drops a body cut short
        assert httpx.get(f"{url}{EVSES}", headers={"Authorization": "Bearer t"}, timeout=5).status_code == 200


@pytest.mark.parametrize("server", SERVERS)
def test_a_client_that_goes_away_is_logged_at_debug_level(gen: Any, server: str, caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]) -> None:
    needs(server)
    stub = gen.new_stub(seed=1)
    stub.add_latency("evsesListing", 0.3)
    with stub.serve(server=server) as url, caplog.at_level("DEBUG"):
        port = int(url.rsplit(":", 1)[1])
        for _ in range(3):
            with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
                sock.sendall(request("GET", f"{EVSES}?per_page=100"))
            # closed with a reset before the answer: writing it fails on the server
        threading.Event().wait(0.8)
        assert httpx.get(f"{url}{EVSES}", headers={"Authorization": "Bearer t"}, timeout=5).status_code == 200
    assert "Traceback" not in capfd.readouterr().err
    assert not [r for r in caplog.records if r.levelno >= 30], [r.getMessage() for r in caplog.records]


@pytest.mark.parametrize("server", SERVERS)
def test_fifty_parallel_clients(gen: Any, server: str) -> None:
    needs(server)
    stub = gen.new_stub(seed=1)
    with stub.serve(server=server) as url:

        def client(n: int) -> list[int]:
            statuses = []
            with httpx.Client(base_url=url, headers={"Authorization": "Bearer t"}, timeout=20) as http:
                for i in range(10):
                    if i % 3 == 0:
                        answer = http.post(POINTS, json={"name": f"P{n}-{i}", "type": "public", "status": "enabled"})
                    else:
                        answer = http.get(EVSES, params={"per_page": 5})
                    statuses.append(answer.status_code)
            return statuses

        with ThreadPoolExecutor(max_workers=50) as pool:
            results = [s for batch in pool.map(client, range(50)) for s in batch]
    assert len(results) == 500
    assert all(s in (200, 201) for s in results), sorted(set(results))


def test_uvicorn_refuses_a_body_past_the_limit(gen: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    needs("uvicorn")
    import importlib

    server_module = importlib.import_module(f"{gen.sdk.__name__}._runtime.stub_server")
    monkeypatch.setattr(server_module, "MAX_BODY", 1000)
    with served(gen, "uvicorn") as (stub, url, port):
        answer = httpx.post(f"{url}{POINTS}", content=b"x" * 5000, headers={"Authorization": "Bearer t", "Content-Type": "application/json"}, timeout=5)
        assert answer.status_code == 413 and "larger" in answer.json()["message"]
        assert httpx.get(f"{url}{EVSES}", headers={"Authorization": "Bearer t"}, timeout=5).status_code == 200
