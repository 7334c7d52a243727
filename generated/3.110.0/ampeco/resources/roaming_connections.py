"""Operations of ``client.roaming_connections`` (resource / roaming connections)."""

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
    from ..models.roaming_connection import RoamingConnection

__all__ = [
    "AsyncRoamingConnectionsResource",
    "AsyncRoamingConnectionsResourceWithRawResponse",
    "AsyncRoamingConnectionsResourceWithStreamingResponse",
    "RoamingConnectionsResource",
    "RoamingConnectionsResourceWithRawResponse",
    "RoamingConnectionsResourceWithStreamingResponse",
]


class RoamingConnectionsResource:
    """Synchronous operations of resource / roaming connections."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def get_roaming_connection(
        self,
        roaming_connection: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RoamingConnection:
        """Roaming Connections / Read

        Get a Roaming Connections

        Args:
            roaming_connection: the roamingConnection path parameter

        ``GET /public-api/resources/roaming-connections/v2.0/{roamingConnection}`` (operationId ``getRoamingConnection``)
        """
        from ..models.roaming_connection import RoamingConnection

        return self._client._request(
            OPERATIONS["getRoamingConnection"],
            RoamingConnection,
            path={"roamingConnection": roaming_connection},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def list_roaming_connections(
        self,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[RoamingConnection]:
        """Roaming Connections / Listing

        Get all Roaming Connections

        Args:
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.

        ``GET /public-api/resources/roaming-connections/v2.0`` (operationId ``listRoamingConnections``)
        """
        from ..models.roaming_connection import RoamingConnection

        return self._client._paginate(
            OPERATIONS["listRoamingConnections"],
            RoamingConnection,
            query={"per_page": per_page, "cursor": cursor},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncRoamingConnectionsResource:
    """Asynchronous operations of resource / roaming connections."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def get_roaming_connection(
        self,
        roaming_connection: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RoamingConnection:
        """Roaming Connections / Read

        Get a Roaming Connections

        Args:
            roaming_connection: the roamingConnection path parameter

        ``GET /public-api/resources/roaming-connections/v2.0/{roamingConnection}`` (operationId ``getRoamingConnection``)
        """
        from ..models.roaming_connection import RoamingConnection

        return await self._client._request(
            OPERATIONS["getRoamingConnection"],
            RoamingConnection,
            path={"roamingConnection": roaming_connection},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def list_roaming_connections(
        self,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[RoamingConnection]:
        """Roaming Connections / Listing

        Get all Roaming Connections

        Args:
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.

        ``GET /public-api/resources/roaming-connections/v2.0`` (operationId ``listRoamingConnections``)
        """
        from ..models.roaming_connection import RoamingConnection

        return self._client._paginate(
            OPERATIONS["listRoamingConnections"],
            RoamingConnection,
            query={"per_page": per_page, "cursor": cursor},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class RoamingConnectionsResourceWithRawResponse:
    """``client.with_raw_response.roaming_connections`` of the sync client: each call returns an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: RoamingConnectionsResource) -> None:
        self.get_roaming_connection = to_raw(resource.get_roaming_connection)
        self.list_roaming_connections = to_raw_listing(
            resource.list_roaming_connections
        )


class AsyncRoamingConnectionsResourceWithRawResponse:
    """``client.with_raw_response.roaming_connections`` of the async client: each call gives an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: AsyncRoamingConnectionsResource) -> None:
        self.get_roaming_connection = to_async_raw(resource.get_roaming_connection)
        self.list_roaming_connections = to_async_raw_listing(
            resource.list_roaming_connections
        )


class RoamingConnectionsResourceWithStreamingResponse:
    """``client.with_streaming_response.roaming_connections`` of the sync client: each call returns a manager: ``with`` it for the unread response."""

    def __init__(self, resource: RoamingConnectionsResource) -> None:
        self.get_roaming_connection = to_streamed(resource.get_roaming_connection)
        self.list_roaming_connections = to_streamed_listing(
            resource.list_roaming_connections
        )


class AsyncRoamingConnectionsResourceWithStreamingResponse:
    """``client.with_streaming_response.roaming_connections`` of the async client: each call returns a manager: ``async with`` it for the unread response."""

    def __init__(self, resource: AsyncRoamingConnectionsResource) -> None:
        self.get_roaming_connection = to_async_streamed(resource.get_roaming_connection)
        self.list_roaming_connections = to_async_streamed_listing(
            resource.list_roaming_connections
        )
