"""Operations of ``client.security_event_logs`` (resource / security event logs)."""

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

__all__ = ["AsyncSecurityEventLogsResource", "SecurityEventLogsResource"]


class SecurityEventLogsResource:
    """Synchronous operations of resource / security event logs."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def listing_deprecated(
        self,
        *,
        filter: SecurityEventsListingFilter | Mapping[str, Any] | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
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

        return self._client._paginate(
            OPERATIONS["securityEventLogsListingDeprecated"],
            SecurityEvent,
            query={"filter": filter, "per_page": per_page, "cursor": cursor},
            timeout=timeout,
        )

    def read_deprecated(
        self,
        security_event_log: int,
        *,
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
        )


class AsyncSecurityEventLogsResource:
    """Asynchronous operations of resource / security event logs."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    def listing_deprecated(
        self,
        *,
        filter: SecurityEventsListingFilter | Mapping[str, Any] | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
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

        return self._client._paginate(
            OPERATIONS["securityEventLogsListingDeprecated"],
            SecurityEvent,
            query={"filter": filter, "per_page": per_page, "cursor": cursor},
            timeout=timeout,
        )

    async def read_deprecated(
        self,
        security_event_log: int,
        *,
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
        )
