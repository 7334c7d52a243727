"""``APIResponse``: what ``client.with_raw_response`` calls return; and the base it
shares with the streamed responses of ``client.with_streaming_response``."""

from __future__ import annotations

from datetime import timedelta
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import httpx

from .errors import decode_json

__all__ = ["APIResponse", "ResponseBase"]

T = TypeVar("T")

_UNPARSED: Any = object()


class ResponseBase(Generic[T]):
    """An HTTP response from the API: status, headers, the request, and the value the
    normal (non-raw) call would have returned, parsed on demand."""

    def __init__(
        self, http_response: httpx.Response, parser: Callable[[httpx.Response], T]
    ) -> None:
        self.http_response = http_response
        self._parser = parser
        self._parsed: Any = _UNPARSED

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def http_request(self) -> httpx.Request:
        """The request that produced this response (its secrets masked)."""
        return self.http_response.request

    @property
    def method(self) -> str:
        return self.http_request.method

    @property
    def url(self) -> httpx.URL:
        return self.http_request.url

    def _parse_read_body(self) -> T:
        """The value the normal call returns, from the body read (parsed once, then cached)."""
        if self._parsed is _UNPARSED:
            self._parsed = self._parser(self.http_response)
        result: T = self._parsed
        return result

    def __repr__(self) -> str:
        response = self.http_response
        return (
            f"<{type(self).__name__} [{response.status_code} "
            f"{response.reason_phrase}] {self.method} {self.url}>"
        )


class APIResponse(ResponseBase[T]):
    """An HTTP response from the API, read whole, with the parsed value on demand.

    ``parse()`` returns exactly what the normal (non-raw) call would have returned.
    """

    @property
    def content(self) -> bytes:
        return self.http_response.content

    @property
    def text(self) -> str:
        return self.http_response.text

    @property
    def elapsed(self) -> timedelta:
        return self.http_response.elapsed

    def json(self) -> Any:
        """The body decoded as JSON, without any model parsing."""
        return decode_json(self.http_response.content)

    def parse(self) -> T:
        """The value the normal call returns (parsed once, then cached)."""
        return self._parse_read_body()
