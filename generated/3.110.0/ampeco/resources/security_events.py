"""Operations of ``client.security_events`` (resource / security events)."""

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
from .._runtime.pagination import AsyncPager, SyncPager
from .._runtime.types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    import httpx

    from .._runtime.client import AsyncClient, SyncClient
    from ..models.security_event import SecurityEvent
    from ..models.security_events_listing_filter import SecurityEventsListingFilter
    from ..params import SecurityEventsListingFilterParam

__all__ = [
    "AsyncSecurityEventsResource",
    "AsyncSecurityEventsResourceWithRawResponse",
    "AsyncSecurityEventsResourceWithStreamingResponse",
    "SecurityEventsResource",
    "SecurityEventsResourceWithRawResponse",
    "SecurityEventsResourceWithStreamingResponse",
]


class SecurityEventsResource:
    """Synchronous operations of resource / security events."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def listing(
        self,
        *,
        filter: (
            SecurityEventsListingFilter | SecurityEventsListingFilterParam | None
        ) = None,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[SecurityEvent]:
        """Security Events / Listing

        Get all Security Events

        Args:
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.

        ``GET /public-api/resources/security-events/v2.0`` (operationId ``securityEventsListing``)
        """
        from ..models.security_event import SecurityEvent
        from ..models.security_events_listing_filter import SecurityEventsListingFilter

        return self._client._paginate(
            OPERATIONS["securityEventsListing"],
            SecurityEvent,
            query={"filter": filter, "per_page": per_page, "cursor": cursor},
            timeout=timeout,
            query_types={"filter": SecurityEventsListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def read(
        self,
        security_event: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SecurityEvent:
        """Security Event / Read

        Get a Security Event

        Args:
            security_event: the securityEvent path parameter

        ``GET /public-api/resources/security-events/v2.0/{securityEvent}`` (operationId ``securityEventRead``)
        """
        from ..models.security_event import SecurityEvent

        return self._client._request(
            OPERATIONS["securityEventRead"],
            SecurityEvent,
            path={"securityEvent": security_event},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncSecurityEventsResource:
    """Asynchronous operations of resource / security events."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    def listing(
        self,
        *,
        filter: (
            SecurityEventsListingFilter | SecurityEventsListingFilterParam | None
        ) = None,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[SecurityEvent]:
        """Security Events / Listing

        Get all Security Events

        Args:
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.

        ``GET /public-api/resources/security-events/v2.0`` (operationId ``securityEventsListing``)
        """
        from ..models.security_event import SecurityEvent
        from ..models.security_events_listing_filter import SecurityEventsListingFilter

        return self._client._paginate(
            OPERATIONS["securityEventsListing"],
            SecurityEvent,
            query={"filter": filter, "per_page": per_page, "cursor": cursor},
            timeout=timeout,
            query_types={"filter": SecurityEventsListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def read(
        self,
        security_event: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SecurityEvent:
        """Security Event / Read

        Get a Security Event

        Args:
            security_event: the securityEvent path parameter

        ``GET /public-api/resources/security-events/v2.0/{securityEvent}`` (operationId ``securityEventRead``)
        """
        from ..models.security_event import SecurityEvent

        return await self._client._request(
            OPERATIONS["securityEventRead"],
            SecurityEvent,
            path={"securityEvent": security_event},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class SecurityEventsResourceWithRawResponse:
    """``client.with_raw_response.security_events`` of the sync client: each call returns an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: SecurityEventsResource) -> None:
        self.listing = to_raw_listing(resource.listing)
        self.read = to_raw(resource.read)


class AsyncSecurityEventsResourceWithRawResponse:
    """``client.with_raw_response.security_events`` of the async client: each call gives an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: AsyncSecurityEventsResource) -> None:
        self.listing = to_async_raw_listing(resource.listing)
        self.read = to_async_raw(resource.read)


class SecurityEventsResourceWithStreamingResponse:
    """``client.with_streaming_response.security_events`` of the sync client: each call returns a manager: ``with`` it for the unread response."""

    def __init__(self, resource: SecurityEventsResource) -> None:
        self.listing = to_streamed_listing(resource.listing)
        self.read = to_streamed(resource.read)


class AsyncSecurityEventsResourceWithStreamingResponse:
    """``client.with_streaming_response.security_events`` of the async client: each call returns a manager: ``async with`` it for the unread response."""

    def __init__(self, resource: AsyncSecurityEventsResource) -> None:
        self.listing = to_async_streamed_listing(resource.listing)
        self.read = to_async_streamed(resource.read)
