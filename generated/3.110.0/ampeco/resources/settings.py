"""Operations of ``client.settings`` (resource / settings)."""

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
    from ..models.setting import Setting

__all__ = [
    "AsyncSettingsResource",
    "AsyncSettingsResourceWithRawResponse",
    "AsyncSettingsResourceWithStreamingResponse",
    "SettingsResource",
    "SettingsResourceWithRawResponse",
    "SettingsResourceWithStreamingResponse",
]


class SettingsResource:
    """Synchronous operations of resource / settings."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def listing(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Setting:
        """Settings / Listing

        Get all settings

        ``GET /public-api/resources/settings/v1.0`` (operationId ``settingsListing``)
        """
        from ..models.setting import Setting

        return self._client._request(
            OPERATIONS["settingsListing"],
            Setting,
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncSettingsResource:
    """Asynchronous operations of resource / settings."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def listing(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Setting:
        """Settings / Listing

        Get all settings

        ``GET /public-api/resources/settings/v1.0`` (operationId ``settingsListing``)
        """
        from ..models.setting import Setting

        return await self._client._request(
            OPERATIONS["settingsListing"],
            Setting,
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class SettingsResourceWithRawResponse:
    """``client.with_raw_response.settings`` of the sync client: each call returns an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: SettingsResource) -> None:
        self.listing = to_raw(resource.listing)


class AsyncSettingsResourceWithRawResponse:
    """``client.with_raw_response.settings`` of the async client: each call gives an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: AsyncSettingsResource) -> None:
        self.listing = to_async_raw(resource.listing)


class SettingsResourceWithStreamingResponse:
    """``client.with_streaming_response.settings`` of the sync client: each call returns a manager: ``with`` it for the unread response."""

    def __init__(self, resource: SettingsResource) -> None:
        self.listing = to_streamed(resource.listing)


class AsyncSettingsResourceWithStreamingResponse:
    """``client.with_streaming_response.settings`` of the async client: each call returns a manager: ``async with`` it for the unread response."""

    def __init__(self, resource: AsyncSettingsResource) -> None:
        self.listing = to_async_streamed(resource.listing)
