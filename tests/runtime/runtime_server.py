"""A small recording HTTP/1.1 server for the runtime tests (binds 127.0.0.1 only).

Responses are scripted per method and raw path; every request is recorded with its raw
request line, headers and body, so tests can check exactly what went on the wire.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl


@dataclass
class Reply:
    """One scripted response. ``body`` may be bytes, text, or JSON data."""

    status: int = 200
    body: Any = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0

    def encoded(self) -> tuple[bytes, dict[str, str]]:
        headers = dict(self.headers)
        if isinstance(self.body, bytes):
            return self.body, headers
        if isinstance(self.body, str):
            headers.setdefault("Content-Type", "text/plain; charset=utf-8")
            return self.body.encode("utf-8"), headers
        headers.setdefault("Content-Type", "application/json")
        return json.dumps(self.body).encode("utf-8"), headers


@dataclass
class Recorded:
    """One request as the server saw it."""

    method: str
    target: str  # the raw request target, exactly as sent: path?query
    request_line: str
    headers: dict[str, str]  # lower-cased names
    body: bytes

    @property
    def raw_path(self) -> str:
        return self.target.split("?", 1)[0]

    @property
    def raw_query(self) -> str:
        return self.target.split("?", 1)[1] if "?" in self.target else ""

    @property
    def query_pairs(self) -> list[tuple[str, str]]:
        """The query decoded the way PHP would (``%5B`` -> ``[``, ``%2B`` -> ``+``)."""
        return parse_qsl(self.raw_query, keep_blank_values=True)

    @property
    def decoded_query(self) -> str:
        return "&".join(f"{k}={v}" for k, v in self.query_pairs)

    def json(self) -> Any:
        return json.loads(self.body)


class RecordingServer:
    def __init__(self) -> None:
        self.requests: list[Recorded] = []
        self._routes: dict[tuple[str, str], deque[Reply]] = {}
        self._lock = threading.Lock()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- control ----------------------------------------------------------------

    def start(self) -> None:
        handler = _make_handler(self)
        httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        httpd.daemon_threads = True
        self._httpd = httpd
        self._thread = threading.Thread(target=httpd.serve_forever, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()

    def reset(self) -> None:
        with self._lock:
            self.requests.clear()
            self._routes.clear()

    @property
    def port(self) -> int:
        assert self._httpd is not None
        return int(self._httpd.server_address[1])

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def on(self, method: str, raw_path: str, *replies: Reply) -> None:
        """Queue replies for ``method raw_path``; the last one is repeated."""
        with self._lock:
            self._routes.setdefault((method, raw_path), deque()).extend(replies)

    # -- used by the handler --------------------------------------------------------

    def _reply_for(self, method: str, raw_path: str) -> Reply:
        with self._lock:
            queue = self._routes.get((method, raw_path))
            if not queue:
                return Reply(404, {"message": f"no route for {method} {raw_path}"})
            return queue.popleft() if len(queue) > 1 else queue[0]

    def _record(self, recorded: Recorded) -> None:
        with self._lock:
            self.requests.append(recorded)


def _make_handler(server: RecordingServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True

        def _handle(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            server._record(
                Recorded(
                    method=self.command,
                    target=self.path,
                    request_line=self.requestline,
                    headers={k.lower(): v for k, v in self.headers.items()},
                    body=body,
                )
            )
            reply = server._reply_for(self.command, self.path.split("?", 1)[0])
            if reply.delay:
                time.sleep(reply.delay)
            content, headers = reply.encoded()
            try:
                self.send_response(reply.status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(content)))
                self.end_headers()
                self.wfile.write(content)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (timeout tests)

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _handle

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler


class SleepRecorder:
    """Stands in for ``time.sleep``/``asyncio.sleep``: records delays, never sleeps."""

    def __init__(self) -> None:
        self.calls: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.calls.append(seconds)
