"""Operations of ``client.roaming_platforms`` (resource / roaming platforms)."""

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
    from ..models.roaming_platform import RoamingPlatform

__all__ = [
    "AsyncRoamingPlatformsResource",
    "AsyncRoamingPlatformsResourceWithRawResponse",
    "AsyncRoamingPlatformsResourceWithStreamingResponse",
    "RoamingPlatformsResource",
    "RoamingPlatformsResourceWithRawResponse",
    "RoamingPlatformsResourceWithStreamingResponse",
]


class RoamingPlatformsResource:
    """Synchronous operations of resource / roaming platforms."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def listing_deprecated(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def read_deprecated(
        self,
        roaming_platform: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def read_deprecated(
        self,
        roaming_platform: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class RoamingPlatformsResourceWithRawResponse:
    """``client.with_raw_response.roaming_platforms`` of the sync client: each call returns an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: RoamingPlatformsResource) -> None:
        self.listing_deprecated = to_raw_listing(resource.listing_deprecated)
        self.read_deprecated = to_raw(resource.read_deprecated)


class AsyncRoamingPlatformsResourceWithRawResponse:
    """``client.with_raw_response.roaming_platforms`` of the async client: each call gives an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: AsyncRoamingPlatformsResource) -> None:
        self.listing_deprecated = to_async_raw_listing(resource.listing_deprecated)
        self.read_deprecated = to_async_raw(resource.read_deprecated)


class RoamingPlatformsResourceWithStreamingResponse:
    """``client.with_streaming_response.roaming_platforms`` of the sync client: each call returns a manager: ``with`` it for the unread response."""

    def __init__(self, resource: RoamingPlatformsResource) -> None:
        self.listing_deprecated = to_streamed_listing(resource.listing_deprecated)
        self.read_deprecated = to_streamed(resource.read_deprecated)


class AsyncRoamingPlatformsResourceWithStreamingResponse:
    """``client.with_streaming_response.roaming_platforms`` of the async client: each call returns a manager: ``async with`` it for the unread response."""

    def __init__(self, resource: AsyncRoamingPlatformsResource) -> None:
        self.listing_deprecated = to_async_streamed_listing(resource.listing_deprecated)
        self.read_deprecated = to_async_streamed(resource.read_deprecated)
