"""Operations of ``client.receipts`` (resource / receipts)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._operations import OPERATIONS
from .._runtime.pagination import AsyncPager, SyncPager
from .._runtime.types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    import httpx

    from .._runtime.client import AsyncClient, SyncClient
    from ..models.receipt import Receipt
    from ..models.receipts_listing_filter import ReceiptsListingFilter

__all__ = ["AsyncReceiptsResource", "ReceiptsResource"]


class ReceiptsResource:
    """Synchronous operations of resource / receipts."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def listing(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        filter: ReceiptsListingFilter | Mapping[str, Any] | None = None,
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

        return self._client._paginate(
            OPERATIONS["receiptsListing"],
            Receipt,
            query={"page": page, "per_page": per_page, "filter": filter},
            timeout=timeout,
        )

    def read(
        self,
        receipt: int,
        *,
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
        filter: ReceiptsListingFilter | Mapping[str, Any] | None = None,
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

        return self._client._paginate(
            OPERATIONS["receiptsListing"],
            Receipt,
            query={"page": page, "per_page": per_page, "filter": filter},
            timeout=timeout,
        )

    async def read(
        self,
        receipt: int,
        *,
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
        )
