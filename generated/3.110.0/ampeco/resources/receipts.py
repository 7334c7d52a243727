"""Operations of ``client.receipts`` (resource / receipts)."""

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
    from ..models.receipt import Receipt
    from ..models.receipts_listing_filter import ReceiptsListingFilter
    from ..params import ReceiptsListingFilterParam

__all__ = [
    "AsyncReceiptsResource",
    "AsyncReceiptsResourceWithRawResponse",
    "AsyncReceiptsResourceWithStreamingResponse",
    "ReceiptsResource",
    "ReceiptsResourceWithRawResponse",
    "ReceiptsResourceWithStreamingResponse",
]


class ReceiptsResource:
    """Synchronous operations of resource / receipts."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def listing(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        filter: ReceiptsListingFilter | ReceiptsListingFilterParam | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[Receipt]:
        """Receipts / Listing

        Get all receipts

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/receipts/v2.0`` (operationId ``receiptsListing``)
        """
        from ..models.receipt import Receipt
        from ..models.receipts_listing_filter import ReceiptsListingFilter

        return self._client._paginate(
            OPERATIONS["receiptsListing"],
            Receipt,
            query={"page": page, "per_page": per_page, "filter": filter},
            timeout=timeout,
            query_types={"filter": ReceiptsListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def read(
        self,
        receipt: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Receipt:
        """Receipt / Read

        Get a single receipt

        Args:
            receipt: The Receipt ID

        ``GET /public-api/resources/receipts/v2.0/{receipt}`` (operationId ``receiptRead``)
        """
        from ..models.receipt import Receipt

        return self._client._request(
            OPERATIONS["receiptRead"],
            Receipt,
            path={"receipt": receipt},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncReceiptsResource:
    """Asynchronous operations of resource / receipts."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    def listing(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        filter: ReceiptsListingFilter | ReceiptsListingFilterParam | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[Receipt]:
        """Receipts / Listing

        Get all receipts

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/receipts/v2.0`` (operationId ``receiptsListing``)
        """
        from ..models.receipt import Receipt
        from ..models.receipts_listing_filter import ReceiptsListingFilter

        return self._client._paginate(
            OPERATIONS["receiptsListing"],
            Receipt,
            query={"page": page, "per_page": per_page, "filter": filter},
            timeout=timeout,
            query_types={"filter": ReceiptsListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def read(
        self,
        receipt: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Receipt:
        """Receipt / Read

        Get a single receipt

        Args:
            receipt: The Receipt ID

        ``GET /public-api/resources/receipts/v2.0/{receipt}`` (operationId ``receiptRead``)
        """
        from ..models.receipt import Receipt

        return await self._client._request(
            OPERATIONS["receiptRead"],
            Receipt,
            path={"receipt": receipt},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class ReceiptsResourceWithRawResponse:
    """``client.with_raw_response.receipts`` of the sync client: each call returns an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: ReceiptsResource) -> None:
        self.listing = to_raw_listing(resource.listing)
        self.read = to_raw(resource.read)


class AsyncReceiptsResourceWithRawResponse:
    """``client.with_raw_response.receipts`` of the async client: each call gives an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: AsyncReceiptsResource) -> None:
        self.listing = to_async_raw_listing(resource.listing)
        self.read = to_async_raw(resource.read)


class ReceiptsResourceWithStreamingResponse:
    """``client.with_streaming_response.receipts`` of the sync client: each call returns a manager: ``with`` it for the unread response."""

    def __init__(self, resource: ReceiptsResource) -> None:
        self.listing = to_streamed_listing(resource.listing)
        self.read = to_streamed(resource.read)


class AsyncReceiptsResourceWithStreamingResponse:
    """``client.with_streaming_response.receipts`` of the async client: each call returns a manager: ``async with`` it for the unread response."""

    def __init__(self, resource: AsyncReceiptsResource) -> None:
        self.listing = to_async_streamed_listing(resource.listing)
        self.read = to_async_streamed(resource.read)
