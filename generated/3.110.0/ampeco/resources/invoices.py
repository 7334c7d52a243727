"""Operations of ``client.invoices`` (resource / invoices)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._operations import OPERATIONS
from .._runtime.pagination import AsyncPager, SyncPager
from .._runtime.types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    import httpx

    from .._runtime.client import AsyncClient, SyncClient
    from ..models.invoice import Invoice
    from ..models.invoices_listing_filter import InvoicesListingFilter

__all__ = ["AsyncInvoicesResource", "InvoicesResource"]


class InvoicesResource:
    """Synchronous operations of resource / invoices."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def listing(
        self,
        *,
        filter: InvoicesListingFilter | Mapping[str, Any] | None = None,
        page: int | None = None,
        per_page: int | None = None,
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

        return self._client._paginate(
            OPERATIONS["invoicesListing"],
            Invoice,
            query={"filter": filter, "page": page, "per_page": per_page},
            timeout=timeout,
        )

    def read(
        self,
        invoice: str,
        *,
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
        )


class AsyncInvoicesResource:
    """Asynchronous operations of resource / invoices."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    def listing(
        self,
        *,
        filter: InvoicesListingFilter | Mapping[str, Any] | None = None,
        page: int | None = None,
        per_page: int | None = None,
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

        return self._client._paginate(
            OPERATIONS["invoicesListing"],
            Invoice,
            query={"filter": filter, "page": page, "per_page": per_page},
            timeout=timeout,
        )

    async def read(
        self,
        invoice: str,
        *,
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
        )
