"""The stub over real HTTP: a threaded ``http.server``, or uvicorn when asked for.

Both bind 127.0.0.1 unless told otherwise. ``main`` is the command line behind
``python -m <package>.stub``.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import importlib.util
import json
import logging
import socket
import sys
import threading
import time
from collections.abc import Awaitable, Callable, Iterator, MutableMapping, Sequence
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .stub_engine import Stub

__all__ = ["ASGIApp", "asgi_app", "serve", "serve_forever", "main"]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

SERVERS = ("auto", "stdlib", "uvicorn")
log = logging.getLogger(__name__)


def _choose(server: str) -> str:
    if server not in SERVERS:
        raise ValueError(f"server must be one of {', '.join(SERVERS)}, not {server!r}")
    if server == "auto":
        return "uvicorn" if importlib.util.find_spec("uvicorn") else "stdlib"
    return server


def _url(host: str, port: int) -> str:
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}"


# -- standard library ------------------------------------------------------------------


#: The largest request body the built-in server reads (larger: 413).
MAX_BODY = 32 * 1024 * 1024
#: Seconds the built-in server waits for a client that stops sending.
REQUEST_TIMEOUT = 10.0
#: Errors that mean the client went away: logged at debug level, never a traceback.
GONE = (BrokenPipeError, ConnectionResetError, ConnectionAbortedError, TimeoutError)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    stub: Stub  # set on the per-server subclass
    timeout = REQUEST_TIMEOUT  # per socket operation, set on the per-server subclass

    def _refuse(self, status: int, message: str) -> None:
        """A JSON error, then the connection closes (its body is not read)."""
        content = json.dumps({"message": message}).encode("utf-8")
        self.close_connection = True
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(content)))
        self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(content)

    def _body(self) -> bytes | None:
        """The request body, or None after answering a request whose body is unfit."""
        if self.headers.get("Transfer-Encoding", "").lower() not in ("", "identity"):
            self._refuse(411, "Send the body with a Content-Length.")
            return None
        text = (self.headers.get("Content-Length") or "0").strip()
        if not (text.isascii() and text.isdigit()) or len(text) > 18:
            self._refuse(400, "The Content-Length header is malformed.")
            return None
        length = int(text)
        if length > MAX_BODY:
            self._refuse(413, f"The request body is larger than {MAX_BODY} bytes.")
            return None
        try:
            body = self.rfile.read(length) if length else b""
        except TimeoutError:
            self._refuse(408, "The request body did not arrive in time.")
            return None
        if len(body) < length:
            self._refuse(400, "The request body is shorter than its Content-Length.")
            return None
        return body

    def _serve(self) -> None:
        body = self._body()
        if body is None:
            return
        host = self.headers.get("Host") or self._address()
        url = f"http://{host}{self.path}"
        headers = {k: v for k, v in self.headers.items()}
        reply, delay = self.stub.handle(self.command, url, headers, body)
        if delay > 0:
            time.sleep(delay)
        content = reply.content()
        self.send_response(reply.status)
        for name, value in reply.header_items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(content)))
        self.end_headers()
        if self.command != "HEAD" and content:
            self.wfile.write(content)

    def _address(self) -> str:
        address = self.server.server_address
        if isinstance(address, tuple):
            return _url(str(address[0]), int(address[1]))[len("http://") :]
        return "127.0.0.1"

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _serve

    def log_message(self, format: str, *args: Any) -> None:
        pass  # quiet; the stub records every request in ``stub.requests``


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128  # the listen backlog: 50 clients at once are not refused

    def __init__(
        self, stub: Stub, host: str, port: int, timeout: float = REQUEST_TIMEOUT
    ) -> None:
        self.address_family = socket.AF_INET6 if ":" in host else socket.AF_INET
        handler = type(
            "StubRequestHandler", (_Handler,), {"stub": stub, "timeout": timeout}
        )
        super().__init__((host, port), handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that went away is logged at debug level; anything else once, as
        an error with its traceback in the log (not on stderr)."""
        error = sys.exc_info()[1]
        if isinstance(error, GONE):
            log.debug("stub client %s went away: %r", client_address, error)
        else:
            log.error("stub server error with %s", client_address, exc_info=True)


# -- ASGI and uvicorn ---------------------------------------------------------------------


def asgi_app(stub: Stub) -> ASGIApp:
    """``stub`` as an ASGI application."""

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                log.debug("stub client went away before its body arrived")
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > MAX_BODY:
                await _refuse(
                    send, 413, f"The request body is larger than {MAX_BODY} bytes."
                )
                return
            chunks.append(chunk)
            more = bool(message.get("more_body", False))
        headers = {
            k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]
        }
        server = scope.get("server") or ("127.0.0.1", 80)
        host = headers.get("host") or _url(server[0], server[1])[7:]
        raw_path = scope.get("raw_path") or scope["path"].encode("utf-8")
        url = f"{scope.get('scheme', 'http')}://{host}{raw_path.decode('latin-1')}"
        if scope.get("query_string"):
            url += "?" + scope["query_string"].decode("latin-1")
        reply, delay = stub.handle(scope["method"], url, headers, b"".join(chunks))
        if delay > 0:
            await asyncio.sleep(delay)
        content = reply.content()
        out = [
            (k.lower().encode("latin-1"), v.encode("latin-1"))
            for k, v in reply.header_items()
        ]
        out.append((b"content-length", str(len(content)).encode("ascii")))
        await send(
            {"type": "http.response.start", "status": reply.status, "headers": out}
        )
        await send({"type": "http.response.body", "body": content})

    return app


async def _refuse(send: Send, status: int, message: str) -> None:
    content = json.dumps({"message": message}).encode("utf-8")
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(content)).encode("ascii")),
        (b"connection", b"close"),
    ]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": content})


def _bound_socket(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(128)
    return sock


def _uvicorn_server(stub: Stub) -> Any:
    # imported by name: uvicorn is optional, and type checkers need not know it
    uvicorn = importlib.import_module("uvicorn")

    config = uvicorn.Config(
        asgi_app(stub), log_level="warning", lifespan="off", access_log=False
    )
    return uvicorn.Server(config)


# -- entry points ------------------------------------------------------------------------


@contextmanager
def serve(
    stub: Stub,
    host: str = "127.0.0.1",
    port: int = 0,
    *,
    server: str = "stdlib",
    timeout: float = REQUEST_TIMEOUT,
) -> Iterator[str]:
    """Serve ``stub`` in a background thread for the duration of the ``with`` block.

    ``timeout`` bounds how long the built-in server waits on a client that stops
    sending (uvicorn has its own limits).
    """
    if _choose(server) == "stdlib":
        httpd = _Server(stub, host, port, timeout)
        thread = threading.Thread(
            target=httpd.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="sdk-stub",
            daemon=True,
        )
        thread.start()
        try:
            yield _url(host, httpd.server_address[1])
        finally:
            httpd.shutdown()
            httpd.server_close()
            thread.join()
        return
    sock = _bound_socket(host, port)
    uv = _uvicorn_server(stub)
    thread = threading.Thread(
        target=uv.run, kwargs={"sockets": [sock]}, name="sdk-stub", daemon=True
    )
    thread.start()
    try:
        deadline = time.monotonic() + 10
        while not uv.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.01)
        yield _url(host, sock.getsockname()[1])
    finally:
        uv.should_exit = True
        thread.join()
        sock.close()


def serve_forever(
    stub: Stub, host: str = "127.0.0.1", port: int = 8000, *, server: str = "auto"
) -> None:
    """Serve ``stub`` in this thread until interrupted (Ctrl-C)."""
    if _choose(server) == "stdlib":
        httpd = _Server(stub, host, port)
        try:
            httpd.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            httpd.server_close()
        return
    sock = _bound_socket(host, port)
    try:
        _uvicorn_server(stub).run(sockets=[sock])
    finally:
        sock.close()


def main(
    stub_class: Callable[..., Stub], argv: Sequence[str] | None = None, prog: str = ""
) -> int:
    """``python -m <package>.stub [--host H] [--port N] [--seed N] ...``."""
    parser = argparse.ArgumentParser(
        prog=prog or None, description="Serve a mock of the API."
    )
    parser.add_argument("--host", default="127.0.0.1", help="default: 127.0.0.1")
    parser.add_argument("--port", type=int, default=8000, help="default: 8000")
    parser.add_argument("--seed", type=int, default=0, help="fixes invented data")
    parser.add_argument(
        "--sample-items", type=int, default=3, help="records per collection at start"
    )
    parser.add_argument("--token", help="the only API token accepted (default: any)")
    parser.add_argument("--server", choices=SERVERS, default="auto")
    args = parser.parse_args(argv)
    stub = stub_class(seed=args.seed, sample_items=args.sample_items, token=args.token)
    kind = _choose(args.server)
    print(
        f"Serving {stub!r} on {_url(args.host, args.port)} ({kind}); Ctrl-C stops",
        file=sys.stderr,
        flush=True,
    )
    serve_forever(stub, args.host, args.port, server=kind)
    return 0
