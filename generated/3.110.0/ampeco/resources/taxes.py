"""Operations of ``client.taxes`` (resource / taxes)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._operations import OPERATIONS
from .._runtime.pagination import AsyncPager, SyncPager
from .._runtime.types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    import httpx

    from .._runtime.client import AsyncClient, SyncClient
    from ..models.tax import Tax
    from ..models.tax_create_request import TaxCreateRequest
    from ..models.tax_update_request import TaxUpdateRequest

__all__ = ["AsyncTaxesResource", "TaxesResource"]


class TaxesResource:
    """Synchronous operations of resource / taxes."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(
        self,
        *,
        body: TaxCreateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Tax:
        """Tax / Create

        Create new Tax

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/taxes/v2.0`` (operationId ``taxCreate``)
        """
        from ..models.tax import Tax

        return self._client._request(
            OPERATIONS["taxCreate"], Tax, body=body, unwrap="data", timeout=timeout
        )

    def delete(
        self, tax: int, *, timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN
    ) -> None:
        """Tax / Delete

        Delete a Tax

        Args:
            tax: The ID of the Tax

        ``DELETE /public-api/resources/taxes/v2.0/{tax}`` (operationId ``taxDelete``)
        """
        return self._client._request(
            OPERATIONS["taxDelete"], None, path={"tax": tax}, timeout=timeout
        )

    def listing(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[Tax]:
        """Taxes / Listing

        Get all Taxes

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/taxes/v2.0`` (operationId ``taxesListing``)
        """
        from ..models.tax import Tax

        return self._client._paginate(
            OPERATIONS["taxesListing"],
            Tax,
            query={"page": page, "per_page": per_page},
            timeout=timeout,
        )

    def read(
        self, tax: int, *, timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN
    ) -> Tax:
        """Tax / Read

        Get a Tax

        Args:
            tax: The ID of the Tax

        ``GET /public-api/resources/taxes/v2.0/{tax}`` (operationId ``taxRead``)
        """
        from ..models.tax import Tax

        return self._client._request(
            OPERATIONS["taxRead"],
            Tax,
            path={"tax": tax},
            unwrap="data",
            timeout=timeout,
        )

    def update(
        self,
        tax: int,
        *,
        body: TaxUpdateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Tax:
        """Tax / Update

        Taxes

        Args:
            tax: The ID of the Tax
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/taxes/v2.0/{tax}`` (operationId ``taxUpdate``)
        """
        from ..models.tax import Tax

        return self._client._request(
            OPERATIONS["taxUpdate"],
            Tax,
            path={"tax": tax},
            body=body,
            unwrap="data",
            timeout=timeout,
        )


class AsyncTaxesResource:
    """Asynchronous operations of resource / taxes."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: TaxCreateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Tax:
        """Tax / Create

        Create new Tax

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/taxes/v2.0`` (operationId ``taxCreate``)
        """
        from ..models.tax import Tax

        return await self._client._request(
            OPERATIONS["taxCreate"], Tax, body=body, unwrap="data", timeout=timeout
        )

    async def delete(
        self, tax: int, *, timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN
    ) -> None:
        """Tax / Delete

        Delete a Tax

        Args:
            tax: The ID of the Tax

        ``DELETE /public-api/resources/taxes/v2.0/{tax}`` (operationId ``taxDelete``)
        """
        return await self._client._request(
            OPERATIONS["taxDelete"], None, path={"tax": tax}, timeout=timeout
        )

    def listing(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[Tax]:
        """Taxes / Listing

        Get all Taxes

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/taxes/v2.0`` (operationId ``taxesListing``)
        """
        from ..models.tax import Tax

        return self._client._paginate(
            OPERATIONS["taxesListing"],
            Tax,
            query={"page": page, "per_page": per_page},
            timeout=timeout,
        )

    async def read(
        self, tax: int, *, timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN
    ) -> Tax:
        """Tax / Read

        Get a Tax

        Args:
            tax: The ID of the Tax

        ``GET /public-api/resources/taxes/v2.0/{tax}`` (operationId ``taxRead``)
        """
        from ..models.tax import Tax

        return await self._client._request(
            OPERATIONS["taxRead"],
            Tax,
            path={"tax": tax},
            unwrap="data",
            timeout=timeout,
        )

    async def update(
        self,
        tax: int,
        *,
        body: TaxUpdateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Tax:
        """Tax / Update

        Taxes

        Args:
            tax: The ID of the Tax
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/taxes/v2.0/{tax}`` (operationId ``taxUpdate``)
        """
        from ..models.tax import Tax

        return await self._client._request(
            OPERATIONS["taxUpdate"],
            Tax,
            path={"tax": tax},
            body=body,
            unwrap="data",
            timeout=timeout,
        )
