"""Operations of ``client.roaming_platforms`` (resource / roaming platforms)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._operations import OPERATIONS
from .._runtime.pagination import AsyncPager, SyncPager
from .._runtime.types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    import httpx

    from .._runtime.client import AsyncClient, SyncClient
    from ..models.roaming_platform import RoamingPlatform

__all__ = ["AsyncRoamingPlatformsResource", "RoamingPlatformsResource"]


class RoamingPlatformsResource:
    """Synchronous operations of resource / roaming platforms."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def listing_deprecated(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[RoamingPlatform]:
        """Roaming Platforms / Listing

        Get all Roaming Platforms. See Roaming Connections for the list of supported protocols.

        Deprecated.

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/roaming-platforms/v1.0`` (operationId ``roamingPlatformsListingDeprecated``)
        """
        from ..models.roaming_platform import RoamingPlatform

        return self._client._paginate(
            OPERATIONS["roamingPlatformsListingDeprecated"],
            RoamingPlatform,
            query={"page": page, "per_page": per_page},
            timeout=timeout,
        )

    def read_deprecated(
        self,
        roaming_platform: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RoamingPlatform:
        """Roaming Platform / Read

        Get a Roaming Platform. See Roaming Connections for the list of supported protocols.

        Deprecated.

        Args:
            roaming_platform: the roamingPlatform path parameter

        ``GET /public-api/resources/roaming-platforms/v1.0/{roamingPlatform}`` (operationId ``roamingPlatformReadDeprecated``)
        """
        from ..models.roaming_platform import RoamingPlatform

        return self._client._request(
            OPERATIONS["roamingPlatformReadDeprecated"],
            RoamingPlatform,
            path={"roamingPlatform": roaming_platform},
            unwrap="data",
            timeout=timeout,
        )


class AsyncRoamingPlatformsResource:
    """Asynchronous operations of resource / roaming platforms."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    def listing_deprecated(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[RoamingPlatform]:
        """Roaming Platforms / Listing

        Get all Roaming Platforms. See Roaming Connections for the list of supported protocols.

        Deprecated.

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/roaming-platforms/v1.0`` (operationId ``roamingPlatformsListingDeprecated``)
        """
        from ..models.roaming_platform import RoamingPlatform

        return self._client._paginate(
            OPERATIONS["roamingPlatformsListingDeprecated"],
            RoamingPlatform,
            query={"page": page, "per_page": per_page},
            timeout=timeout,
        )

    async def read_deprecated(
        self,
        roaming_platform: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RoamingPlatform:
        """Roaming Platform / Read

        Get a Roaming Platform. See Roaming Connections for the list of supported protocols.

        Deprecated.

        Args:
            roaming_platform: the roamingPlatform path parameter

        ``GET /public-api/resources/roaming-platforms/v1.0/{roamingPlatform}`` (operationId ``roamingPlatformReadDeprecated``)
        """
        from ..models.roaming_platform import RoamingPlatform

        return await self._client._request(
            OPERATIONS["roamingPlatformReadDeprecated"],
            RoamingPlatform,
            path={"roamingPlatform": roaming_platform},
            unwrap="data",
            timeout=timeout,
        )
