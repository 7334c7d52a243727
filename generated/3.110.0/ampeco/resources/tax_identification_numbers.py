"""Operations of ``client.tax_identification_numbers`` (resource / tax identification numbers)."""

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
    from ..models.charge_point_vendor_create_request import (
        ChargePointVendorCreateRequest,
    )
    from ..models.charge_point_vendor_update_request import (
        ChargePointVendorUpdateRequest,
    )
    from ..models.tax_identification_number import TaxIdentificationNumber
    from ..params import (
        ChargePointVendorCreateRequestParam,
        ChargePointVendorUpdateRequestParam,
    )

__all__ = [
    "AsyncTaxIdentificationNumbersResource",
    "AsyncTaxIdentificationNumbersResourceWithRawResponse",
    "AsyncTaxIdentificationNumbersResourceWithStreamingResponse",
    "TaxIdentificationNumbersResource",
    "TaxIdentificationNumbersResourceWithRawResponse",
    "TaxIdentificationNumbersResourceWithStreamingResponse",
]


class TaxIdentificationNumbersResource:
    """Synchronous operations of resource / tax identification numbers."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(
        self,
        *,
        body: ChargePointVendorCreateRequest | ChargePointVendorCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> TaxIdentificationNumber:
        """Tax Identification Number / Create

        Create new Tax Identification Number

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/tax-identification-numbers/v2.0`` (operationId ``taxIdentificationNumberCreate``)
        """
        from ..models.charge_point_vendor_create_request import (
            ChargePointVendorCreateRequest,
        )
        from ..models.tax_identification_number import TaxIdentificationNumber

        return self._client._request(
            OPERATIONS["taxIdentificationNumberCreate"],
            TaxIdentificationNumber,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=ChargePointVendorCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def delete(
        self,
        tax_identification_number: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def listing(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def read(
        self,
        tax_identification_number: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def update(
        self,
        tax_identification_number: int,
        *,
        body: ChargePointVendorUpdateRequest | ChargePointVendorUpdateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> TaxIdentificationNumber:
        """Tax Identification Number / Update

        Tax Identification Numbers

        Args:
            tax_identification_number: the taxIdentificationNumber path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/tax-identification-numbers/v2.0/{taxIdentificationNumber}`` (operationId ``taxIdentificationNumberUpdate``)
        """
        from ..models.charge_point_vendor_update_request import (
            ChargePointVendorUpdateRequest,
        )
        from ..models.tax_identification_number import TaxIdentificationNumber

        return self._client._request(
            OPERATIONS["taxIdentificationNumberUpdate"],
            TaxIdentificationNumber,
            path={"taxIdentificationNumber": tax_identification_number},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=ChargePointVendorUpdateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class AsyncTaxIdentificationNumbersResource:
    """Asynchronous operations of resource / tax identification numbers."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: ChargePointVendorCreateRequest | ChargePointVendorCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> TaxIdentificationNumber:
        """Tax Identification Number / Create

        Create new Tax Identification Number

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/tax-identification-numbers/v2.0`` (operationId ``taxIdentificationNumberCreate``)
        """
        from ..models.charge_point_vendor_create_request import (
            ChargePointVendorCreateRequest,
        )
        from ..models.tax_identification_number import TaxIdentificationNumber

        return await self._client._request(
            OPERATIONS["taxIdentificationNumberCreate"],
            TaxIdentificationNumber,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=ChargePointVendorCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def delete(
        self,
        tax_identification_number: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def listing(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def read(
        self,
        tax_identification_number: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def update(
        self,
        tax_identification_number: int,
        *,
        body: ChargePointVendorUpdateRequest | ChargePointVendorUpdateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> TaxIdentificationNumber:
        """Tax Identification Number / Update

        Tax Identification Numbers

        Args:
            tax_identification_number: the taxIdentificationNumber path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/tax-identification-numbers/v2.0/{taxIdentificationNumber}`` (operationId ``taxIdentificationNumberUpdate``)
        """
        from ..models.charge_point_vendor_update_request import (
            ChargePointVendorUpdateRequest,
        )
        from ..models.tax_identification_number import TaxIdentificationNumber

        return await self._client._request(
            OPERATIONS["taxIdentificationNumberUpdate"],
            TaxIdentificationNumber,
            path={"taxIdentificationNumber": tax_identification_number},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=ChargePointVendorUpdateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class TaxIdentificationNumbersResourceWithRawResponse:
    """``client.with_raw_response.tax_identification_numbers`` of the sync client: each call returns an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: TaxIdentificationNumbersResource) -> None:
        self.create = to_raw(resource.create)
        self.delete = to_raw(resource.delete)
        self.listing = to_raw_listing(resource.listing)
        self.read = to_raw(resource.read)
        self.update = to_raw(resource.update)


class AsyncTaxIdentificationNumbersResourceWithRawResponse:
    """``client.with_raw_response.tax_identification_numbers`` of the async client: each call gives an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: AsyncTaxIdentificationNumbersResource) -> None:
        self.create = to_async_raw(resource.create)
        self.delete = to_async_raw(resource.delete)
        self.listing = to_async_raw_listing(resource.listing)
        self.read = to_async_raw(resource.read)
        self.update = to_async_raw(resource.update)


class TaxIdentificationNumbersResourceWithStreamingResponse:
    """``client.with_streaming_response.tax_identification_numbers`` of the sync client: each call returns a manager: ``with`` it for the unread response."""

    def __init__(self, resource: TaxIdentificationNumbersResource) -> None:
        self.create = to_streamed(resource.create)
        self.delete = to_streamed(resource.delete)
        self.listing = to_streamed_listing(resource.listing)
        self.read = to_streamed(resource.read)
        self.update = to_streamed(resource.update)


class AsyncTaxIdentificationNumbersResourceWithStreamingResponse:
    """``client.with_streaming_response.tax_identification_numbers`` of the async client: each call returns a manager: ``async with`` it for the unread response."""

    def __init__(self, resource: AsyncTaxIdentificationNumbersResource) -> None:
        self.create = to_async_streamed(resource.create)
        self.delete = to_async_streamed(resource.delete)
        self.listing = to_async_streamed_listing(resource.listing)
        self.read = to_async_streamed(resource.read)
        self.update = to_async_streamed(resource.update)
