"""Operations of ``client.pings`` (pings)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from .._operations import OPERATIONS
from .._runtime.streaming import (
    to_async_raw,
    to_async_raw_listing,
    to_async_streamed,
    to_async_streamed_listing,
    to_raw,
    to_raw_listing,
    to_streamed,
    to_streamed_listing,
)
from .._runtime.types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    import httpx

    from .._runtime.client import AsyncClient, SyncClient

__all__ = [
    "AsyncPingsResource",
    "AsyncPingsResourceWithRawResponse",
    "AsyncPingsResourceWithStreamingResponse",
    "PingsResource",
    "PingsResourceWithRawResponse",
    "PingsResourceWithStreamingResponse",
]


class PingsResource:
    """Synchronous operations of pings."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def ping(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> str:
        """ping

        ``GET /ping`` (operationId ``ping``)
        """
        return self._client._request(
            OPERATIONS["ping"],
            str,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncPingsResource:
    """Asynchronous operations of pings."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def ping(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> str:
        """ping

        ``GET /ping`` (operationId ``ping``)
        """
        return await self._client._request(
            OPERATIONS["ping"],
            str,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class PingsResourceWithRawResponse:
    """``client.with_raw_response.pings`` of the sync client: each call returns an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: PingsResource) -> None:
        self.ping = to_raw(resource.ping)


class AsyncPingsResourceWithRawResponse:
    """``client.with_raw_response.pings`` of the async client: each call gives an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: AsyncPingsResource) -> None:
        self.ping = to_async_raw(resource.ping)


class PingsResourceWithStreamingResponse:
    """``client.with_streaming_response.pings`` of the sync client: each call returns a manager: ``with`` it for the unread response."""

    def __init__(self, resource: PingsResource) -> None:
        self.ping = to_streamed(resource.ping)


class AsyncPingsResourceWithStreamingResponse:
    """``client.with_streaming_response.pings`` of the async client: each call returns a manager: ``async with`` it for the unread response."""

    def __init__(self, resource: AsyncPingsResource) -> None:
        self.ping = to_async_streamed(resource.ping)
