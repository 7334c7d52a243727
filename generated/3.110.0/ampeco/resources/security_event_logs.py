"""Operations of ``client.security_event_logs`` (resource / security event logs)."""

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
    "AsyncSecurityEventLogsResource",
    "AsyncSecurityEventLogsResourceWithRawResponse",
    "AsyncSecurityEventLogsResourceWithStreamingResponse",
    "SecurityEventLogsResource",
    "SecurityEventLogsResourceWithRawResponse",
    "SecurityEventLogsResourceWithStreamingResponse",
]


class SecurityEventLogsResource:
    """Synchronous operations of resource / security event logs."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def listing_deprecated(
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
        """Security Events Logs / Listing

        Get all Security Events Log

        Deprecated.

        Args:
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.

        ``GET /public-api/resources/security-events-log/v2.0`` (operationId ``securityEventLogsListingDeprecated``)
        """
        from ..models.security_event import SecurityEvent
        from ..models.security_events_listing_filter import SecurityEventsListingFilter

        return self._client._paginate(
            OPERATIONS["securityEventLogsListingDeprecated"],
            SecurityEvent,
            query={"filter": filter, "per_page": per_page, "cursor": cursor},
            timeout=timeout,
            query_types={"filter": SecurityEventsListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def read_deprecated(
        self,
        security_event_log: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SecurityEvent:
        """Security Event Log / Read

        Get a Security Event Log

        Deprecated.

        Args:
            security_event_log: the securityEventLog path parameter

        ``GET /public-api/resources/security-events-log/v2.0/{securityEventLog}`` (operationId ``securityEventLogReadDeprecated``)
        """
        from ..models.security_event import SecurityEvent

        return self._client._request(
            OPERATIONS["securityEventLogReadDeprecated"],
            SecurityEvent,
            path={"securityEventLog": security_event_log},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncSecurityEventLogsResource:
    """Asynchronous operations of resource / security event logs."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    def listing_deprecated(
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
        """Security Events Logs / Listing

        Get all Security Events Log

        Deprecated.

        Args:
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.

        ``GET /public-api/resources/security-events-log/v2.0`` (operationId ``securityEventLogsListingDeprecated``)
        """
        from ..models.security_event import SecurityEvent
        from ..models.security_events_listing_filter import SecurityEventsListingFilter

        return self._client._paginate(
            OPERATIONS["securityEventLogsListingDeprecated"],
            SecurityEvent,
            query={"filter": filter, "per_page": per_page, "cursor": cursor},
            timeout=timeout,
            query_types={"filter": SecurityEventsListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def read_deprecated(
        self,
        security_event_log: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SecurityEvent:
        """Security Event Log / Read

        Get a Security Event Log

        Deprecated.

        Args:
            security_event_log: the securityEventLog path parameter

        ``GET /public-api/resources/security-events-log/v2.0/{securityEventLog}`` (operationId ``securityEventLogReadDeprecated``)
        """
        from ..models.security_event import SecurityEvent

        return await self._client._request(
            OPERATIONS["securityEventLogReadDeprecated"],
            SecurityEvent,
            path={"securityEventLog": security_event_log},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class SecurityEventLogsResourceWithRawResponse:
    """``client.with_raw_response.security_event_logs`` of the sync client: each call returns an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: SecurityEventLogsResource) -> None:
        self.listing_deprecated = to_raw_listing(resource.listing_deprecated)
        self.read_deprecated = to_raw(resource.read_deprecated)


class AsyncSecurityEventLogsResourceWithRawResponse:
    """``client.with_raw_response.security_event_logs`` of the async client: each call gives an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: AsyncSecurityEventLogsResource) -> None:
        self.listing_deprecated = to_async_raw_listing(resource.listing_deprecated)
        self.read_deprecated = to_async_raw(resource.read_deprecated)


class SecurityEventLogsResourceWithStreamingResponse:
    """``client.with_streaming_response.security_event_logs`` of the sync client: each call returns a manager: ``with`` it for the unread response."""

    def __init__(self, resource: SecurityEventLogsResource) -> None:
        self.listing_deprecated = to_streamed_listing(resource.listing_deprecated)
        self.read_deprecated = to_streamed(resource.read_deprecated)


class AsyncSecurityEventLogsResourceWithStreamingResponse:
    """``client.with_streaming_response.security_event_logs`` of the async client: each call returns a manager: ``async with`` it for the unread response."""

    def __init__(self, resource: AsyncSecurityEventLogsResource) -> None:
        self.listing_deprecated = to_async_streamed_listing(resource.listing_deprecated)
        self.read_deprecated = to_async_streamed(resource.read_deprecated)
