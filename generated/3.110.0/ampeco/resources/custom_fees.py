"""Operations of ``client.custom_fees`` (resource / custom fees)."""

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
    from ..models.custom_fee import CustomFee
    from ..models.custom_fees_listing_filter import CustomFeesListingFilter
    from ..params import CustomFeesListingFilterParam

__all__ = [
    "AsyncCustomFeesResource",
    "AsyncCustomFeesResourceWithRawResponse",
    "AsyncCustomFeesResourceWithStreamingResponse",
    "CustomFeesResource",
    "CustomFeesResourceWithRawResponse",
    "CustomFeesResourceWithStreamingResponse",
]


class CustomFeesResource:
    """Synchronous operations of resource / custom fees."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def listing(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        filter: CustomFeesListingFilter | CustomFeesListingFilterParam | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[CustomFee]:
        """Custom Fees / Listing

        Get all custom fees

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/custom-fees/v2.0`` (operationId ``customFeesListing``)
        """
        from ..models.custom_fee import CustomFee
        from ..models.custom_fees_listing_filter import CustomFeesListingFilter

        return self._client._paginate(
            OPERATIONS["customFeesListing"],
            CustomFee,
            query={"page": page, "per_page": per_page, "filter": filter},
            timeout=timeout,
            query_types={"filter": CustomFeesListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def read(
        self,
        custom_fee: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CustomFee:
        """Custom Fee / Read

        Get a single custom fee

        Args:
            custom_fee: The custom fee ID

        ``GET /public-api/resources/custom-fees/v2.0/{customFee}`` (operationId ``customFeeRead``)
        """
        from ..models.custom_fee import CustomFee

        return self._client._request(
            OPERATIONS["customFeeRead"],
            CustomFee,
            path={"customFee": custom_fee},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncCustomFeesResource:
    """Asynchronous operations of resource / custom fees."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    def listing(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        filter: CustomFeesListingFilter | CustomFeesListingFilterParam | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[CustomFee]:
        """Custom Fees / Listing

        Get all custom fees

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/custom-fees/v2.0`` (operationId ``customFeesListing``)
        """
        from ..models.custom_fee import CustomFee
        from ..models.custom_fees_listing_filter import CustomFeesListingFilter

        return self._client._paginate(
            OPERATIONS["customFeesListing"],
            CustomFee,
            query={"page": page, "per_page": per_page, "filter": filter},
            timeout=timeout,
            query_types={"filter": CustomFeesListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def read(
        self,
        custom_fee: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CustomFee:
        """Custom Fee / Read

        Get a single custom fee

        Args:
            custom_fee: The custom fee ID

        ``GET /public-api/resources/custom-fees/v2.0/{customFee}`` (operationId ``customFeeRead``)
        """
        from ..models.custom_fee import CustomFee

        return await self._client._request(
            OPERATIONS["customFeeRead"],
            CustomFee,
            path={"customFee": custom_fee},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class CustomFeesResourceWithRawResponse:
    """``client.with_raw_response.custom_fees`` of the sync client: each call returns an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: CustomFeesResource) -> None:
        self.listing = to_raw_listing(resource.listing)
        self.read = to_raw(resource.read)


class AsyncCustomFeesResourceWithRawResponse:
    """``client.with_raw_response.custom_fees`` of the async client: each call gives an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: AsyncCustomFeesResource) -> None:
        self.listing = to_async_raw_listing(resource.listing)
        self.read = to_async_raw(resource.read)


class CustomFeesResourceWithStreamingResponse:
    """``client.with_streaming_response.custom_fees`` of the sync client: each call returns a manager: ``with`` it for the unread response."""

    def __init__(self, resource: CustomFeesResource) -> None:
        self.listing = to_streamed_listing(resource.listing)
        self.read = to_streamed(resource.read)


class AsyncCustomFeesResourceWithStreamingResponse:
    """``client.with_streaming_response.custom_fees`` of the async client: each call returns a manager: ``async with`` it for the unread response."""

    def __init__(self, resource: AsyncCustomFeesResource) -> None:
        self.listing = to_async_streamed_listing(resource.listing)
        self.read = to_async_streamed(resource.read)
