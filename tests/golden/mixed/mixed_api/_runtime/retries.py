"""When to retry a failed request and how long to wait first.

Idempotent methods (GET, HEAD, PUT, DELETE, OPTIONS) are retried on connection errors,
timeouts, 408, 429 and 5xx. POST and PATCH are retried only when the server cannot have
acted on them: on 429, and on errors raised before the request was sent (connect
errors, connect and pool timeouts). A POST that may have started a charging session is
never sent twice.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping

import httpx

from .errors import parse_retry_after

__all__ = [
    "IDEMPOTENT_METHODS",
    "INITIAL_DELAY",
    "MAX_DELAY",
    "MAX_RETRY_AFTER",
    "should_retry_status",
    "should_retry_exception",
    "retry_delay",
]

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
INITIAL_DELAY = 0.5
MAX_DELAY = 8.0
MAX_RETRY_AFTER = 60.0

# Raised before any byte of the request reached the server: safe to resend anything.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
_TRANSIENT = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)


def should_retry_status(method: str, status_code: int) -> bool:
    """Whether a response with this status is worth another attempt."""
    if status_code == 429:
        return True
    if method.upper() in IDEMPOTENT_METHODS:
        return status_code == 408 or status_code >= 500
    return False


def should_retry_exception(method: str, exc: BaseException) -> bool:
    """Whether a transport error is worth another attempt."""
    if isinstance(exc, _NOT_SENT):
        return True
    return method.upper() in IDEMPOTENT_METHODS and isinstance(exc, _TRANSIENT)


def retry_delay(
    attempt: int,
    headers: httpx.Headers | Mapping[str, str] | None = None,
    *,
    random_fraction: Callable[[], float] = random.random,
) -> float:
    """Seconds to wait before retry number ``attempt + 1`` (``attempt`` counts from 0).

    A ``Retry-After`` header wins (capped at 60 s); otherwise exponential backoff,
    0.5 s doubling up to 8 s, reduced by up to a quarter at random so clients spread out.
    """
    if headers is not None:
        hinted = parse_retry_after(headers)
        if hinted is not None:
            return min(hinted, MAX_RETRY_AFTER)
    delay = min(INITIAL_DELAY * 2.0**attempt, MAX_DELAY)
    return delay * (1 - 0.25 * random_fraction())
