"""Operations of ``client.security_events`` (resource / security events)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._operations import OPERATIONS
from .._runtime.pagination import AsyncPager, SyncPager
from .._runtime.types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    import httpx

    from .._runtime.client import AsyncClient, SyncClient
    from ..models.security_event import SecurityEvent
    from ..models.security_events_listing_filter import SecurityEventsListingFilter

__all__ = ["AsyncSecurityEventsResource", "SecurityEventsResource"]


class SecurityEventsResource:
    """Synchronous operations of resource / security events."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def listing(
        self,
        *,
        filter: SecurityEventsListingFilter | Mapping[str, Any] | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
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

        return self._client._paginate(
            OPERATIONS["securityEventsListing"],
            SecurityEvent,
            query={"filter": filter, "per_page": per_page, "cursor": cursor},
            timeout=timeout,
        )

    def read(
        self,
        security_event: int,
        *,
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
        )


class AsyncSecurityEventsResource:
    """Asynchronous operations of resource / security events."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    def listing(
        self,
        *,
        filter: SecurityEventsListingFilter | Mapping[str, Any] | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
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

        return self._client._paginate(
            OPERATIONS["securityEventsListing"],
            SecurityEvent,
            query={"filter": filter, "per_page": per_page, "cursor": cursor},
            timeout=timeout,
        )

    async def read(
        self,
        security_event: int,
        *,
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
        )
