"""Operations of ``client.custom_fees`` (resource / custom fees)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._operations import OPERATIONS
from .._runtime.pagination import AsyncPager, SyncPager
from .._runtime.types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    import httpx

    from .._runtime.client import AsyncClient, SyncClient
    from ..models.custom_fee import CustomFee
    from ..models.custom_fees_listing_filter import CustomFeesListingFilter

__all__ = ["AsyncCustomFeesResource", "CustomFeesResource"]


class CustomFeesResource:
    """Synchronous operations of resource / custom fees."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def listing(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        filter: CustomFeesListingFilter | Mapping[str, Any] | None = None,
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

        return self._client._paginate(
            OPERATIONS["customFeesListing"],
            CustomFee,
            query={"page": page, "per_page": per_page, "filter": filter},
            timeout=timeout,
        )

    def read(
        self,
        custom_fee: int,
        *,
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
        filter: CustomFeesListingFilter | Mapping[str, Any] | None = None,
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

        return self._client._paginate(
            OPERATIONS["customFeesListing"],
            CustomFee,
            query={"page": page, "per_page": per_page, "filter": filter},
            timeout=timeout,
        )

    async def read(
        self,
        custom_fee: int,
        *,
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
        )
