"""End to end on loopback: ``send_notification`` POSTs to a receiver (stdlib HTTP server
in a thread) that answers through the generated dispatcher; and the module docstring's
WSGI example, run as written."""

from __future__ import annotations

import asyncio
import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, make_server

import httpx
import pytest

from conftest import SECRET

SESSION = {
    "notification": "session.start.stop.notification",
    "sessionId": 5,
    "chargePointId": 1,
    "evseId": 2,
    "action": "stop",
    "startedAtTimestamp": "2024-05-01T12:00:00Z",
    "meterStart": 10,
    "meterStop": 990,
    "lastUpdatedAt": "2024-05-01T12:20:00Z",
}


@contextmanager
def receiver(dispatch: Callable[[bytes, dict[str, str]], Any], error: type[Exception]) -> Iterator[str]:
    """An HTTP server on 127.0.0.1 that hands each POST to ``dispatch``; yields its URL."""

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            try:
                dispatch(body, dict(self.headers.items()))
            except error as exc:
                status, text = 400, str(exc).encode()
            else:
                status, text = 202, b""
            self.send_response(status)
            self.send_header("Content-Length", str(len(text)))
            self.end_headers()
            self.wfile.write(text)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/hooks"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def test_send_notification_to_a_receiver(hooks):
    dispatcher = hooks.WebhookDispatcher(SECRET)
    received: list[Any] = []

    @dispatcher.on("session.start.stop.notification")
    def on_session(note):
        received.append(note)

    @dispatcher.fallback
    def other(note):
        received.append(("fallback", note.type))

    with receiver(dispatcher.dispatch, hooks.WebhookError) as url:
        response = hooks.send_notification(url, SESSION, SECRET, tenant="acme", webhook_id="w-1")
        assert response.status_code == 202
        model = hooks.NOTIFICATION_TYPES["session.start.stop.notification"]
        response = hooks.send_notification(url, model.model_validate(SESSION), SECRET)
        assert response.status_code == 202
        with httpx.Client() as client:  # a caller's client is reused
            response = hooks.send_notification(url, {"notification": "robot.arrived"}, SECRET, client=client)
        assert response.status_code == 202
        refused = hooks.send_notification(url, SESSION, "not-the-secret")
        assert refused.status_code == 400 and b"does not match" in refused.content
        assert SECRET.encode() not in refused.content

    first, second, third = received
    assert first.tenant == "acme" and first.webhook_id == "w-1"
    assert first.webhook_type == "session.start.stop.notification"
    assert first.payload.meter_stop == 990 and isinstance(first.payload, model)
    assert second.payload == first.payload
    assert third == ("fallback", "robot.arrived")


def test_asend_notification(hooks):
    dispatcher = hooks.WebhookDispatcher(SECRET)
    received: list[Any] = []
    dispatcher.fallback(received.append)
    with receiver(dispatcher.dispatch, hooks.WebhookError) as url:

        async def go() -> list[int]:
            codes = [(await hooks.asend_notification(url, SESSION, SECRET)).status_code]
            async with httpx.AsyncClient() as client:
                response = await hooks.asend_notification(url, SESSION, SECRET, client=client)
                codes.append(response.status_code)
            return codes

        assert asyncio.run(go()) == [202, 202]
    assert [n.payload.session_id for n in received] == [5, 5]


def _docstring_example(hooks) -> str:
    """The WSGI example of the webhooks module's docstring, dedented."""
    doc = hooks.__doc__
    block = doc.split("::\n", 1)[1]
    lines = []
    for line in block.split("\n"):
        if line and not line.startswith("    "):
            break
        lines.append(line[4:])
    code = "\n".join(lines).strip()
    assert "def app(environ, start_response)" in code and "dispatcher.dispatch" in code
    return code


def test_the_documented_wsgi_example_works(hooks, capsys):
    code = _docstring_example(hooks)
    match = re.search(r'@dispatcher\.on\("([^"]+)"\)', code)
    assert match and match.group(1) in hooks.NOTIFICATION_TYPES
    code = code.replace('"<your API access token>"', repr(SECRET))
    namespace: dict[str, Any] = {}
    exec(compile(code, "<webhooks docstring>", "exec"), namespace)  # noqa: S102 (our own text)

    class Quiet(WSGIRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

    server = make_server("127.0.0.1", 0, namespace["app"], handler_class=Quiet)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/"
        response = hooks.send_notification(url, SESSION, SECRET, tenant="acme")
        assert response.status_code == 202
        refused = hooks.send_notification(url, SESSION, "wrong")
        assert refused.status_code == 400 and b"does not match" in refused.content
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
    out = capsys.readouterr().out
    assert "acme" in out and "SessionStartStopNotification" in out


def test_only_loopback_is_used(hooks):
    # the sender goes where it is told; this suite only ever tells it 127.0.0.1
    with pytest.raises(httpx.ConnectError):
        hooks.send_notification("http://127.0.0.1:9/", SESSION, SECRET, timeout=2)
