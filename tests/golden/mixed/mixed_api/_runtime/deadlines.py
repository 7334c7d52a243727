"""Time limits of a call: each attempt as a whole (a numeric ``timeout=``) and the whole
call with its retries and waits (``total_timeout=``).

httpx's timeouts bound each read, write and connect; a server dripping the status
line, the headers or the body a byte at a time never trips them. So an attempt gets a
deadline, and it is enforced in every phase:

- sync, on the client's own transport (:mod:`.transport`): every connect, TLS
  handshake, read and write is given at most the time left before the deadline
  (:data:`ATTEMPT_DEADLINE`, set around the send), and fails once it has passed;
- sync, on a caller's ``http_client`` or httpx's proxy transports: a connection opened
  for the attempt is shut down at the deadline (a watchdog fed by httpcore's ``trace``
  extension), and the body is read against the deadline (:class:`_DeadlineStream`);
- async: the whole send runs in an anyio cancel scope (asyncio and trio alike).

Each way the attempt fails with ``httpx.ReadTimeout`` (or the connect/write timeout of
the phase), which the client turns into its ``APITimeoutError``.
"""

from __future__ import annotations

import contextvars
import socket
import threading
import time
from collections.abc import Iterator, Mapping
from typing import Any, cast

import httpx

from .types import TimeoutTypes

DEADLINE_MESSAGE = "the response did not arrive whole within the timeout"

#: The monotonic time by which the current sync attempt must be over, or ``None``; the
#: client sets it around each send, the deadline-aware transport reads it.
ATTEMPT_DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar(
    "attempt_deadline", default=None
)


def time_left(timeout: float | None, error: type[Exception]) -> float | None:
    """``timeout`` capped to the time left in the current attempt; ``error`` once past."""
    deadline = ATTEMPT_DEADLINE.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise error(DEADLINE_MESSAGE)
    return left if timeout is None else min(timeout, left)


class _Deadlines:
    """The time limits of one call: each attempt (a numeric ``timeout=``) and the
    whole call with its retries and waits (``total_timeout``)."""

    __slots__ = ("attempt_seconds", "call_deadline", "timeout")

    def __init__(self, timeout: TimeoutTypes, total_timeout: float | None) -> None:
        self.timeout = timeout
        self.attempt_seconds = (
            float(timeout)
            if isinstance(timeout, (int, float)) and not isinstance(timeout, bool)
            else None
        )
        self.call_deadline = (
            None if total_timeout is None else time.monotonic() + total_timeout
        )

    def start_attempt(self, request: httpx.Request) -> float | None:
        """The deadline of the attempt starting now; per-read timeouts capped to it."""
        now = time.monotonic()
        deadline = None if self.attempt_seconds is None else now + self.attempt_seconds
        if self.call_deadline is not None:
            remaining = self.call_deadline - now
            if remaining <= 0:
                raise httpx.TimeoutException(
                    "total_timeout reached before the call could succeed",
                    request=request,
                )
            deadline = (
                self.call_deadline
                if deadline is None
                else min(deadline, self.call_deadline)
            )
            request.extensions["timeout"] = _capped_timeout(self.timeout, remaining)
        return deadline

    def allows_wait(self, delay: float) -> bool:
        """Whether waiting ``delay`` seconds still leaves time for another attempt."""
        return (
            self.call_deadline is None or time.monotonic() + delay < self.call_deadline
        )


def _capped_timeout(timeout: TimeoutTypes, cap: float) -> dict[str, float | None]:
    limits = httpx.Timeout(timeout).as_dict()
    return {
        phase: cap if value is None else min(value, cap)
        for phase, value in limits.items()
    }


class _DeadlineStream(httpx.SyncByteStream):
    """A response body that fails with ``ReadTimeout`` once the attempt's deadline passes.

    Checked between chunks, so a body read through a transport that does not know the
    deadline ends within one read of it.
    """

    def __init__(
        self, inner: httpx.SyncByteStream, deadline: float, request: httpx.Request
    ) -> None:
        self._inner = inner
        self._deadline = deadline
        self._request = request

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._inner:
            if time.monotonic() > self._deadline:
                raise httpx.ReadTimeout(DEADLINE_MESSAGE, request=self._request)
            yield chunk

    def close(self) -> None:
        self._inner.close()


class _Watchdog:
    """Shuts down the connections opened during a sync attempt when its deadline passes.

    Given to httpx as the request's ``trace`` extension (httpcore reports each new
    connection's stream through it), for transports that do not read
    :data:`ATTEMPT_DEADLINE`. A connection reused from the pool is not seen: its reads
    stay bounded by httpx's per-read timeout, and its body by :class:`_DeadlineStream`.
    """

    __slots__ = ("_deadline", "_lock", "_sockets", "_timer", "fired")

    def __init__(self, deadline: float) -> None:
        self._deadline = deadline
        self._sockets: list[socket.socket] = []
        self._timer: threading.Timer | None = None
        self._lock = threading.Lock()
        self.fired = False

    def __call__(self, event: str, info: Mapping[str, Any]) -> None:
        if not event.endswith(".complete") or not event.startswith(
            ("connection.connect_", "connection.start_tls")
        ):
            return
        stream = info.get("return_value")
        get_extra_info = getattr(stream, "get_extra_info", None)
        sock = get_extra_info("socket") if callable(get_extra_info) else None
        if not isinstance(sock, socket.socket):
            return
        with self._lock:
            if self.fired:
                _shut(sock)
                return
            self._sockets.append(sock)
            if self._timer is None:
                self._timer = threading.Timer(
                    max(self._deadline - time.monotonic(), 0.0), self._fire
                )
                self._timer.daemon = True
                self._timer.start()

    def _fire(self) -> None:
        with self._lock:
            self.fired = True
            sockets, self._sockets = self._sockets, []
        for sock in sockets:
            _shut(sock)

    def cancel(self) -> None:
        with self._lock:
            timer, self._timer = self._timer, None
            self._sockets = []
        if timer is not None:
            timer.cancel()


def _shut(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass  # closed already


def _finish_sync(
    response: httpx.Response,
    stream: bool,
    deadline: float | None,
    request: httpx.Request,
) -> None:
    """Read the body (unless it is a success the caller streams), within the deadline."""
    if stream and response.is_success:
        return
    if deadline is not None:
        response.stream = _DeadlineStream(
            cast(httpx.SyncByteStream, response.stream), deadline, request
        )
    try:
        response.read()
    finally:
        response.close()


def send_sync(
    http: httpx.Client,
    request: httpx.Request,
    stream: bool,
    deadline: float | None,
    own_transport: bool,
) -> httpx.Response:
    """Send ``request`` and read its body (see :func:`_finish_sync`) within ``deadline``."""
    token = ATTEMPT_DEADLINE.set(deadline)
    watchdog = None
    if deadline is not None and not own_transport:
        watchdog = _Watchdog(deadline)
        request.extensions["trace"] = watchdog
    try:
        response = http.send(request, stream=True)
        # the deadline-aware transport bounds the body's reads itself
        _finish_sync(response, stream, None if own_transport else deadline, request)
        return response
    except httpx.TransportError as exc:
        if watchdog is not None and watchdog.fired:
            raise httpx.ReadTimeout(DEADLINE_MESSAGE, request=request) from exc
        raise
    finally:
        ATTEMPT_DEADLINE.reset(token)
        if watchdog is not None:
            watchdog.cancel()
            request.extensions.pop("trace", None)


async def send_async(
    http: httpx.AsyncClient,
    request: httpx.Request,
    stream: bool,
    deadline: float | None,
) -> httpx.Response:
    """Send ``request`` and read its body (unless it is a success the caller streams),
    all in a cancel scope that ends at ``deadline``."""
    if deadline is None:
        return await _send_async(http, request, stream)
    import anyio

    scope = anyio.fail_after(max(deadline - time.monotonic(), 0.0))
    try:
        with scope:
            return await _send_async(http, request, stream)
    except TimeoutError as exc:
        raise httpx.ReadTimeout(DEADLINE_MESSAGE, request=request) from exc


async def _send_async(
    http: httpx.AsyncClient, request: httpx.Request, stream: bool
) -> httpx.Response:
    response = await http.send(request, stream=True)
    if stream and response.is_success:
        return response
    try:
        await response.aread()
    finally:
        await response.aclose()
    return response
