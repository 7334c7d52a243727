"""Operations of ``client.invoices`` (resource / invoices)."""

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
    from ..models.invoice import Invoice
    from ..models.invoices_listing_filter import InvoicesListingFilter
    from ..params import InvoicesListingFilterParam

__all__ = [
    "AsyncInvoicesResource",
    "AsyncInvoicesResourceWithRawResponse",
    "AsyncInvoicesResourceWithStreamingResponse",
    "InvoicesResource",
    "InvoicesResourceWithRawResponse",
    "InvoicesResourceWithStreamingResponse",
]


class InvoicesResource:
    """Synchronous operations of resource / invoices."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def listing(
        self,
        *,
        filter: InvoicesListingFilter | InvoicesListingFilterParam | None = None,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[Invoice]:
        """Invoices / Listing

        Get all invoices

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/invoices/v1.0`` (operationId ``invoicesListing``)
        """
        from ..models.invoice import Invoice
        from ..models.invoices_listing_filter import InvoicesListingFilter

        return self._client._paginate(
            OPERATIONS["invoicesListing"],
            Invoice,
            query={"filter": filter, "page": page, "per_page": per_page},
            timeout=timeout,
            query_types={"filter": InvoicesListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def read(
        self,
        invoice: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Invoice:
        """Invoice / Read

        Args:
            invoice: The invoice ID to fetch

        ``GET /public-api/resources/invoices/v1.0/{invoice}`` (operationId ``invoiceRead``)
        """
        from ..models.invoice import Invoice

        return self._client._request(
            OPERATIONS["invoiceRead"],
            Invoice,
            path={"invoice": invoice},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncInvoicesResource:
    """Asynchronous operations of resource / invoices."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    def listing(
        self,
        *,
        filter: InvoicesListingFilter | InvoicesListingFilterParam | None = None,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[Invoice]:
        """Invoices / Listing

        Get all invoices

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/invoices/v1.0`` (operationId ``invoicesListing``)
        """
        from ..models.invoice import Invoice
        from ..models.invoices_listing_filter import InvoicesListingFilter

        return self._client._paginate(
            OPERATIONS["invoicesListing"],
            Invoice,
            query={"filter": filter, "page": page, "per_page": per_page},
            timeout=timeout,
            query_types={"filter": InvoicesListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def read(
        self,
        invoice: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Invoice:
        """Invoice / Read

        Args:
            invoice: The invoice ID to fetch

        ``GET /public-api/resources/invoices/v1.0/{invoice}`` (operationId ``invoiceRead``)
        """
        from ..models.invoice import Invoice

        return await self._client._request(
            OPERATIONS["invoiceRead"],
            Invoice,
            path={"invoice": invoice},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class InvoicesResourceWithRawResponse:
    """``client.with_raw_response.invoices`` of the sync client: each call returns an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: InvoicesResource) -> None:
        self.listing = to_raw_listing(resource.listing)
        self.read = to_raw(resource.read)


class AsyncInvoicesResourceWithRawResponse:
    """``client.with_raw_response.invoices`` of the async client: each call gives an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: AsyncInvoicesResource) -> None:
        self.listing = to_async_raw_listing(resource.listing)
        self.read = to_async_raw(resource.read)


class InvoicesResourceWithStreamingResponse:
    """``client.with_streaming_response.invoices`` of the sync client: each call returns a manager: ``with`` it for the unread response."""

    def __init__(self, resource: InvoicesResource) -> None:
        self.listing = to_streamed_listing(resource.listing)
        self.read = to_streamed(resource.read)


class AsyncInvoicesResourceWithStreamingResponse:
    """``client.with_streaming_response.invoices`` of the async client: each call returns a manager: ``async with`` it for the unread response."""

    def __init__(self, resource: AsyncInvoicesResource) -> None:
        self.listing = to_async_streamed_listing(resource.listing)
        self.read = to_async_streamed(resource.read)
