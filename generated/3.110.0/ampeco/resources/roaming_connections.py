"""Operations of ``client.roaming_connections`` (resource / roaming connections)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._operations import OPERATIONS
from .._runtime.pagination import AsyncPager, SyncPager
from .._runtime.types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    import httpx

    from .._runtime.client import AsyncClient, SyncClient
    from ..models.roaming_connection import RoamingConnection

__all__ = ["AsyncRoamingConnectionsResource", "RoamingConnectionsResource"]


class RoamingConnectionsResource:
    """Synchronous operations of resource / roaming connections."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def get_roaming_connection(
        self,
        roaming_connection: int,
        *,
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
        )

    def list_roaming_connections(
        self,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
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
        )


class AsyncRoamingConnectionsResource:
    """Asynchronous operations of resource / roaming connections."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def get_roaming_connection(
        self,
        roaming_connection: int,
        *,
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
        )

    def list_roaming_connections(
        self,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
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
        )
