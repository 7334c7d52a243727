"""Operations of ``client.tax_identification_numbers`` (resource / tax identification numbers)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._operations import OPERATIONS
from .._runtime.pagination import AsyncPager, SyncPager
from .._runtime.types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    import httpx

    from .._runtime.client import AsyncClient, SyncClient
    from ..models.charge_point_vendor_create_request import (
        ChargePointVendorCreateRequest,
    )
    from ..models.charge_point_vendor_update_request import (
        ChargePointVendorUpdateRequest,
    )
    from ..models.tax_identification_number import TaxIdentificationNumber

__all__ = ["AsyncTaxIdentificationNumbersResource", "TaxIdentificationNumbersResource"]


class TaxIdentificationNumbersResource:
    """Synchronous operations of resource / tax identification numbers."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(
        self,
        *,
        body: ChargePointVendorCreateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> TaxIdentificationNumber:
        """Tax Identification Number / Create

        Create new Tax Identification Number

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/tax-identification-numbers/v2.0`` (operationId ``taxIdentificationNumberCreate``)
        """
        from ..models.tax_identification_number import TaxIdentificationNumber

        return self._client._request(
            OPERATIONS["taxIdentificationNumberCreate"],
            TaxIdentificationNumber,
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    def delete(
        self,
        tax_identification_number: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Tax Identification Number / Delete

        Delete a Tax Identification Number

        Args:
            tax_identification_number: the taxIdentificationNumber path parameter

        ``DELETE /public-api/resources/tax-identification-numbers/v2.0/{taxIdentificationNumber}`` (operationId ``taxIdentificationNumberDelete``)
        """
        return self._client._request(
            OPERATIONS["taxIdentificationNumberDelete"],
            None,
            path={"taxIdentificationNumber": tax_identification_number},
            timeout=timeout,
        )

    def listing(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[TaxIdentificationNumber]:
        """Tax Identification Numbers / Listing

        Get all Tax Identification Numbers

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/tax-identification-numbers/v2.0`` (operationId ``taxIdentificationNumbersListing``)
        """
        from ..models.tax_identification_number import TaxIdentificationNumber

        return self._client._paginate(
            OPERATIONS["taxIdentificationNumbersListing"],
            TaxIdentificationNumber,
            query={"page": page, "per_page": per_page},
            timeout=timeout,
        )

    def read(
        self,
        tax_identification_number: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> TaxIdentificationNumber:
        """Tax Identification Number / Read

        Get a Tax Identification Number

        Args:
            tax_identification_number: the taxIdentificationNumber path parameter

        ``GET /public-api/resources/tax-identification-numbers/v2.0/{taxIdentificationNumber}`` (operationId ``taxIdentificationNumberRead``)
        """
        from ..models.tax_identification_number import TaxIdentificationNumber

        return self._client._request(
            OPERATIONS["taxIdentificationNumberRead"],
            TaxIdentificationNumber,
            path={"taxIdentificationNumber": tax_identification_number},
            unwrap="data",
            timeout=timeout,
        )

    def update(
        self,
        tax_identification_number: int,
        *,
        body: ChargePointVendorUpdateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> TaxIdentificationNumber:
        """Tax Identification Number / Update

        Tax Identification Numbers

        Args:
            tax_identification_number: the taxIdentificationNumber path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/tax-identification-numbers/v2.0/{taxIdentificationNumber}`` (operationId ``taxIdentificationNumberUpdate``)
        """
        from ..models.tax_identification_number import TaxIdentificationNumber

        return self._client._request(
            OPERATIONS["taxIdentificationNumberUpdate"],
            TaxIdentificationNumber,
            path={"taxIdentificationNumber": tax_identification_number},
            body=body,
            unwrap="data",
            timeout=timeout,
        )


class AsyncTaxIdentificationNumbersResource:
    """Asynchronous operations of resource / tax identification numbers."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: ChargePointVendorCreateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> TaxIdentificationNumber:
        """Tax Identification Number / Create

        Create new Tax Identification Number

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/tax-identification-numbers/v2.0`` (operationId ``taxIdentificationNumberCreate``)
        """
        from ..models.tax_identification_number import TaxIdentificationNumber

        return await self._client._request(
            OPERATIONS["taxIdentificationNumberCreate"],
            TaxIdentificationNumber,
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    async def delete(
        self,
        tax_identification_number: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Tax Identification Number / Delete

        Delete a Tax Identification Number

        Args:
            tax_identification_number: the taxIdentificationNumber path parameter

        ``DELETE /public-api/resources/tax-identification-numbers/v2.0/{taxIdentificationNumber}`` (operationId ``taxIdentificationNumberDelete``)
        """
        return await self._client._request(
            OPERATIONS["taxIdentificationNumberDelete"],
            None,
            path={"taxIdentificationNumber": tax_identification_number},
            timeout=timeout,
        )

    def listing(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[TaxIdentificationNumber]:
        """Tax Identification Numbers / Listing

        Get all Tax Identification Numbers

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/tax-identification-numbers/v2.0`` (operationId ``taxIdentificationNumbersListing``)
        """
        from ..models.tax_identification_number import TaxIdentificationNumber

        return self._client._paginate(
            OPERATIONS["taxIdentificationNumbersListing"],
            TaxIdentificationNumber,
            query={"page": page, "per_page": per_page},
            timeout=timeout,
        )

    async def read(
        self,
        tax_identification_number: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> TaxIdentificationNumber:
        """Tax Identification Number / Read

        Get a Tax Identification Number

        Args:
            tax_identification_number: the taxIdentificationNumber path parameter

        ``GET /public-api/resources/tax-identification-numbers/v2.0/{taxIdentificationNumber}`` (operationId ``taxIdentificationNumberRead``)
        """
        from ..models.tax_identification_number import TaxIdentificationNumber

        return await self._client._request(
            OPERATIONS["taxIdentificationNumberRead"],
            TaxIdentificationNumber,
            path={"taxIdentificationNumber": tax_identification_number},
            unwrap="data",
            timeout=timeout,
        )

    async def update(
        self,
        tax_identification_number: int,
        *,
        body: ChargePointVendorUpdateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> TaxIdentificationNumber:
        """Tax Identification Number / Update

        Tax Identification Numbers

        Args:
            tax_identification_number: the taxIdentificationNumber path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/tax-identification-numbers/v2.0/{taxIdentificationNumber}`` (operationId ``taxIdentificationNumberUpdate``)
        """
        from ..models.tax_identification_number import TaxIdentificationNumber

        return await self._client._request(
            OPERATIONS["taxIdentificationNumberUpdate"],
            TaxIdentificationNumber,
            path={"taxIdentificationNumber": tax_identification_number},
            body=body,
            unwrap="data",
            timeout=timeout,
        )
