"""Operations of ``client.charge_point_vendors`` (resource / charge point vendors)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._operations import OPERATIONS
from .._runtime.pagination import AsyncPager, SyncPager
from .._runtime.types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    import httpx

    from .._runtime.client import AsyncClient, SyncClient
    from ..models.charge_point_vendor import ChargePointVendor
    from ..models.charge_point_vendor_create_request import (
        ChargePointVendorCreateRequest,
    )
    from ..models.charge_point_vendor_update_request import (
        ChargePointVendorUpdateRequest,
    )

__all__ = ["AsyncChargePointVendorsResource", "ChargePointVendorsResource"]


class ChargePointVendorsResource:
    """Synchronous operations of resource / charge point vendors."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(
        self,
        *,
        body: ChargePointVendorCreateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointVendor:
        """Charge Point Vendor / Create

        Create new Charge Point Vendor

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/charge-point-vendors/v1.0`` (operationId ``chargePointVendorCreate``)
        """
        from ..models.charge_point_vendor import ChargePointVendor

        return self._client._request(
            OPERATIONS["chargePointVendorCreate"],
            ChargePointVendor,
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    def create_deprecated(
        self,
        *,
        body: ChargePointVendorCreateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointVendor:
        """Charge Point Vendor / Create

        Create new Charge Point Vendor

        Deprecated. Use ``client.charge_point_vendors.create()`` instead.

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/cp-vendors/v1.0`` (operationId ``chargePointVendorCreateDeprecated``)
        """
        from ..models.charge_point_vendor import ChargePointVendor

        return self._client._request(
            OPERATIONS["chargePointVendorCreateDeprecated"],
            ChargePointVendor,
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    def delete(
        self,
        vendor_id: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Charge Point Vendor / Delete

        Delete a Charge Point Vendor

        Args:
            vendor_id: the vendorId path parameter

        ``DELETE /public-api/resources/charge-point-vendors/v1.0/{vendorId}`` (operationId ``chargePointVendorDelete``)
        """
        return self._client._request(
            OPERATIONS["chargePointVendorDelete"],
            None,
            path={"vendorId": vendor_id},
            timeout=timeout,
        )

    def delete_deprecated(
        self,
        vendor_id: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Charge Point Vendor / Delete

        Delete a Charge Point Vendor

        Deprecated. Use ``client.charge_point_vendors.delete()`` instead.

        Args:
            vendor_id: the vendorId path parameter

        ``DELETE /public-api/resources/cp-vendors/v1.0/{vendorId}`` (operationId ``chargePointVendorDeleteDeprecated``)
        """
        return self._client._request(
            OPERATIONS["chargePointVendorDeleteDeprecated"],
            None,
            path={"vendorId": vendor_id},
            timeout=timeout,
        )

    def listing(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[ChargePointVendor]:
        """Charge Point Vendors / Listing

        Get all Charge Point Vendors

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/charge-point-vendors/v1.0`` (operationId ``chargePointVendorsListing``)
        """
        from ..models.charge_point_vendor import ChargePointVendor

        return self._client._paginate(
            OPERATIONS["chargePointVendorsListing"],
            ChargePointVendor,
            query={"page": page, "per_page": per_page},
            timeout=timeout,
        )

    def listing_deprecated(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[ChargePointVendor]:
        """Charge Point Vendors / Listing

        Get all Charge Point Vendors

        Deprecated. Use ``client.charge_point_vendors.listing()`` instead.

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/cp-vendors/v1.0`` (operationId ``chargePointVendorsListingDeprecated``)
        """
        from ..models.charge_point_vendor import ChargePointVendor

        return self._client._paginate(
            OPERATIONS["chargePointVendorsListingDeprecated"],
            ChargePointVendor,
            query={"page": page, "per_page": per_page},
            timeout=timeout,
        )

    def read(
        self,
        vendor_id: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointVendor:
        """Charge Point Vendor / Read

        Get a Charge Point Vendor

        Args:
            vendor_id: the vendorId path parameter

        ``GET /public-api/resources/charge-point-vendors/v1.0/{vendorId}`` (operationId ``chargePointVendorRead``)
        """
        from ..models.charge_point_vendor import ChargePointVendor

        return self._client._request(
            OPERATIONS["chargePointVendorRead"],
            ChargePointVendor,
            path={"vendorId": vendor_id},
            unwrap="data",
            timeout=timeout,
        )

    def read_deprecated(
        self,
        vendor_id: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointVendor:
        """Charge Point Vendor / Read

        Get a Charge Point Vendor

        Deprecated. Use ``client.charge_point_vendors.read()`` instead.

        Args:
            vendor_id: the vendorId path parameter

        ``GET /public-api/resources/cp-vendors/v1.0/{vendorId}`` (operationId ``chargePointVendorReadDeprecated``)
        """
        from ..models.charge_point_vendor import ChargePointVendor

        return self._client._request(
            OPERATIONS["chargePointVendorReadDeprecated"],
            ChargePointVendor,
            path={"vendorId": vendor_id},
            unwrap="data",
            timeout=timeout,
        )

    def update(
        self,
        vendor_id: int,
        *,
        body: ChargePointVendorUpdateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointVendor:
        """Charge Point Vendor / Update

        Charge Point Vendor

        Args:
            vendor_id: the vendorId path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/charge-point-vendors/v1.0/{vendorId}`` (operationId ``chargePointVendorUpdate``)
        """
        from ..models.charge_point_vendor import ChargePointVendor

        return self._client._request(
            OPERATIONS["chargePointVendorUpdate"],
            ChargePointVendor,
            path={"vendorId": vendor_id},
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    def update_deprecated(
        self,
        vendor_id: int,
        *,
        body: ChargePointVendorUpdateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointVendor:
        """Charge Point Vendor / Update

        Charge Point Vendor

        Deprecated. Use ``client.charge_point_vendors.update()`` instead.

        Args:
            vendor_id: the vendorId path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/cp-vendors/v1.0/{vendorId}`` (operationId ``chargePointVendorUpdateDeprecated``)
        """
        from ..models.charge_point_vendor import ChargePointVendor

        return self._client._request(
            OPERATIONS["chargePointVendorUpdateDeprecated"],
            ChargePointVendor,
            path={"vendorId": vendor_id},
            body=body,
            unwrap="data",
            timeout=timeout,
        )


class AsyncChargePointVendorsResource:
    """Asynchronous operations of resource / charge point vendors."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: ChargePointVendorCreateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointVendor:
        """Charge Point Vendor / Create

        Create new Charge Point Vendor

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/charge-point-vendors/v1.0`` (operationId ``chargePointVendorCreate``)
        """
        from ..models.charge_point_vendor import ChargePointVendor

        return await self._client._request(
            OPERATIONS["chargePointVendorCreate"],
            ChargePointVendor,
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    async def create_deprecated(
        self,
        *,
        body: ChargePointVendorCreateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointVendor:
        """Charge Point Vendor / Create

        Create new Charge Point Vendor

        Deprecated. Use ``client.charge_point_vendors.create()`` instead.

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/cp-vendors/v1.0`` (operationId ``chargePointVendorCreateDeprecated``)
        """
        from ..models.charge_point_vendor import ChargePointVendor

        return await self._client._request(
            OPERATIONS["chargePointVendorCreateDeprecated"],
            ChargePointVendor,
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    async def delete(
        self,
        vendor_id: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Charge Point Vendor / Delete

        Delete a Charge Point Vendor

        Args:
            vendor_id: the vendorId path parameter

        ``DELETE /public-api/resources/charge-point-vendors/v1.0/{vendorId}`` (operationId ``chargePointVendorDelete``)
        """
        return await self._client._request(
            OPERATIONS["chargePointVendorDelete"],
            None,
            path={"vendorId": vendor_id},
            timeout=timeout,
        )

    async def delete_deprecated(
        self,
        vendor_id: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Charge Point Vendor / Delete

        Delete a Charge Point Vendor

        Deprecated. Use ``client.charge_point_vendors.delete()`` instead.

        Args:
            vendor_id: the vendorId path parameter

        ``DELETE /public-api/resources/cp-vendors/v1.0/{vendorId}`` (operationId ``chargePointVendorDeleteDeprecated``)
        """
        return await self._client._request(
            OPERATIONS["chargePointVendorDeleteDeprecated"],
            None,
            path={"vendorId": vendor_id},
            timeout=timeout,
        )

    def listing(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[ChargePointVendor]:
        """Charge Point Vendors / Listing

        Get all Charge Point Vendors

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/charge-point-vendors/v1.0`` (operationId ``chargePointVendorsListing``)
        """
        from ..models.charge_point_vendor import ChargePointVendor

        return self._client._paginate(
            OPERATIONS["chargePointVendorsListing"],
            ChargePointVendor,
            query={"page": page, "per_page": per_page},
            timeout=timeout,
        )

    def listing_deprecated(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[ChargePointVendor]:
        """Charge Point Vendors / Listing

        Get all Charge Point Vendors

        Deprecated. Use ``client.charge_point_vendors.listing()`` instead.

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/cp-vendors/v1.0`` (operationId ``chargePointVendorsListingDeprecated``)
        """
        from ..models.charge_point_vendor import ChargePointVendor

        return self._client._paginate(
            OPERATIONS["chargePointVendorsListingDeprecated"],
            ChargePointVendor,
            query={"page": page, "per_page": per_page},
            timeout=timeout,
        )

    async def read(
        self,
        vendor_id: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointVendor:
        """Charge Point Vendor / Read

        Get a Charge Point Vendor

        Args:
            vendor_id: the vendorId path parameter

        ``GET /public-api/resources/charge-point-vendors/v1.0/{vendorId}`` (operationId ``chargePointVendorRead``)
        """
        from ..models.charge_point_vendor import ChargePointVendor

        return await self._client._request(
            OPERATIONS["chargePointVendorRead"],
            ChargePointVendor,
            path={"vendorId": vendor_id},
            unwrap="data",
            timeout=timeout,
        )

    async def read_deprecated(
        self,
        vendor_id: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointVendor:
        """Charge Point Vendor / Read

        Get a Charge Point Vendor

        Deprecated. Use ``client.charge_point_vendors.read()`` instead.

        Args:
            vendor_id: the vendorId path parameter

        ``GET /public-api/resources/cp-vendors/v1.0/{vendorId}`` (operationId ``chargePointVendorReadDeprecated``)
        """
        from ..models.charge_point_vendor import ChargePointVendor

        return await self._client._request(
            OPERATIONS["chargePointVendorReadDeprecated"],
            ChargePointVendor,
            path={"vendorId": vendor_id},
            unwrap="data",
            timeout=timeout,
        )

    async def update(
        self,
        vendor_id: int,
        *,
        body: ChargePointVendorUpdateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointVendor:
        """Charge Point Vendor / Update

        Charge Point Vendor

        Args:
            vendor_id: the vendorId path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/charge-point-vendors/v1.0/{vendorId}`` (operationId ``chargePointVendorUpdate``)
        """
        from ..models.charge_point_vendor import ChargePointVendor

        return await self._client._request(
            OPERATIONS["chargePointVendorUpdate"],
            ChargePointVendor,
            path={"vendorId": vendor_id},
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    async def update_deprecated(
        self,
        vendor_id: int,
        *,
        body: ChargePointVendorUpdateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointVendor:
        """Charge Point Vendor / Update

        Charge Point Vendor

        Deprecated. Use ``client.charge_point_vendors.update()`` instead.

        Args:
            vendor_id: the vendorId path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/cp-vendors/v1.0/{vendorId}`` (operationId ``chargePointVendorUpdateDeprecated``)
        """
        from ..models.charge_point_vendor import ChargePointVendor

        return await self._client._request(
            OPERATIONS["chargePointVendorUpdateDeprecated"],
            ChargePointVendor,
            path={"vendorId": vendor_id},
            body=body,
            unwrap="data",
            timeout=timeout,
        )
