"""Operations of ``client.charge_point_vendors`` (resource / charge point vendors)."""

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
    from ..models.charge_point_vendor import ChargePointVendor
    from ..models.charge_point_vendor_create_request import (
        ChargePointVendorCreateRequest,
    )
    from ..models.charge_point_vendor_update_request import (
        ChargePointVendorUpdateRequest,
    )
    from ..params import (
        ChargePointVendorCreateRequestParam,
        ChargePointVendorUpdateRequestParam,
    )

__all__ = [
    "AsyncChargePointVendorsResource",
    "AsyncChargePointVendorsResourceWithRawResponse",
    "AsyncChargePointVendorsResourceWithStreamingResponse",
    "ChargePointVendorsResource",
    "ChargePointVendorsResourceWithRawResponse",
    "ChargePointVendorsResourceWithStreamingResponse",
]


class ChargePointVendorsResource:
    """Synchronous operations of resource / charge point vendors."""

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
    ) -> ChargePointVendor:
        """Charge Point Vendor / Create

        Create new Charge Point Vendor

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/charge-point-vendors/v1.0`` (operationId ``chargePointVendorCreate``)
        """
        from ..models.charge_point_vendor import ChargePointVendor
        from ..models.charge_point_vendor_create_request import (
            ChargePointVendorCreateRequest,
        )

        return self._client._request(
            OPERATIONS["chargePointVendorCreate"],
            ChargePointVendor,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=ChargePointVendorCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def create_deprecated(
        self,
        *,
        body: ChargePointVendorCreateRequest | ChargePointVendorCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
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
        from ..models.charge_point_vendor_create_request import (
            ChargePointVendorCreateRequest,
        )

        return self._client._request(
            OPERATIONS["chargePointVendorCreateDeprecated"],
            ChargePointVendor,
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
        vendor_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def delete_deprecated(
        self,
        vendor_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def listing_deprecated(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def read(
        self,
        vendor_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def read_deprecated(
        self,
        vendor_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def update(
        self,
        vendor_id: int,
        *,
        body: ChargePointVendorUpdateRequest | ChargePointVendorUpdateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
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
        from ..models.charge_point_vendor_update_request import (
            ChargePointVendorUpdateRequest,
        )

        return self._client._request(
            OPERATIONS["chargePointVendorUpdate"],
            ChargePointVendor,
            path={"vendorId": vendor_id},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=ChargePointVendorUpdateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def update_deprecated(
        self,
        vendor_id: int,
        *,
        body: ChargePointVendorUpdateRequest | ChargePointVendorUpdateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
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
        from ..models.charge_point_vendor_update_request import (
            ChargePointVendorUpdateRequest,
        )

        return self._client._request(
            OPERATIONS["chargePointVendorUpdateDeprecated"],
            ChargePointVendor,
            path={"vendorId": vendor_id},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=ChargePointVendorUpdateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class AsyncChargePointVendorsResource:
    """Asynchronous operations of resource / charge point vendors."""

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
    ) -> ChargePointVendor:
        """Charge Point Vendor / Create

        Create new Charge Point Vendor

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/charge-point-vendors/v1.0`` (operationId ``chargePointVendorCreate``)
        """
        from ..models.charge_point_vendor import ChargePointVendor
        from ..models.charge_point_vendor_create_request import (
            ChargePointVendorCreateRequest,
        )

        return await self._client._request(
            OPERATIONS["chargePointVendorCreate"],
            ChargePointVendor,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=ChargePointVendorCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def create_deprecated(
        self,
        *,
        body: ChargePointVendorCreateRequest | ChargePointVendorCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
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
        from ..models.charge_point_vendor_create_request import (
            ChargePointVendorCreateRequest,
        )

        return await self._client._request(
            OPERATIONS["chargePointVendorCreateDeprecated"],
            ChargePointVendor,
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
        vendor_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def delete_deprecated(
        self,
        vendor_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def listing_deprecated(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def read(
        self,
        vendor_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def read_deprecated(
        self,
        vendor_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def update(
        self,
        vendor_id: int,
        *,
        body: ChargePointVendorUpdateRequest | ChargePointVendorUpdateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
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
        from ..models.charge_point_vendor_update_request import (
            ChargePointVendorUpdateRequest,
        )

        return await self._client._request(
            OPERATIONS["chargePointVendorUpdate"],
            ChargePointVendor,
            path={"vendorId": vendor_id},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=ChargePointVendorUpdateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def update_deprecated(
        self,
        vendor_id: int,
        *,
        body: ChargePointVendorUpdateRequest | ChargePointVendorUpdateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
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
        from ..models.charge_point_vendor_update_request import (
            ChargePointVendorUpdateRequest,
        )

        return await self._client._request(
            OPERATIONS["chargePointVendorUpdateDeprecated"],
            ChargePointVendor,
            path={"vendorId": vendor_id},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=ChargePointVendorUpdateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class ChargePointVendorsResourceWithRawResponse:
    """``client.with_raw_response.charge_point_vendors`` of the sync client: each call returns an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: ChargePointVendorsResource) -> None:
        self.create = to_raw(resource.create)
        self.create_deprecated = to_raw(resource.create_deprecated)
        self.delete = to_raw(resource.delete)
        self.delete_deprecated = to_raw(resource.delete_deprecated)
        self.listing = to_raw_listing(resource.listing)
        self.listing_deprecated = to_raw_listing(resource.listing_deprecated)
        self.read = to_raw(resource.read)
        self.read_deprecated = to_raw(resource.read_deprecated)
        self.update = to_raw(resource.update)
        self.update_deprecated = to_raw(resource.update_deprecated)


class AsyncChargePointVendorsResourceWithRawResponse:
    """``client.with_raw_response.charge_point_vendors`` of the async client: each call gives an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: AsyncChargePointVendorsResource) -> None:
        self.create = to_async_raw(resource.create)
        self.create_deprecated = to_async_raw(resource.create_deprecated)
        self.delete = to_async_raw(resource.delete)
        self.delete_deprecated = to_async_raw(resource.delete_deprecated)
        self.listing = to_async_raw_listing(resource.listing)
        self.listing_deprecated = to_async_raw_listing(resource.listing_deprecated)
        self.read = to_async_raw(resource.read)
        self.read_deprecated = to_async_raw(resource.read_deprecated)
        self.update = to_async_raw(resource.update)
        self.update_deprecated = to_async_raw(resource.update_deprecated)


class ChargePointVendorsResourceWithStreamingResponse:
    """``client.with_streaming_response.charge_point_vendors`` of the sync client: each call returns a manager: ``with`` it for the unread response."""

    def __init__(self, resource: ChargePointVendorsResource) -> None:
        self.create = to_streamed(resource.create)
        self.create_deprecated = to_streamed(resource.create_deprecated)
        self.delete = to_streamed(resource.delete)
        self.delete_deprecated = to_streamed(resource.delete_deprecated)
        self.listing = to_streamed_listing(resource.listing)
        self.listing_deprecated = to_streamed_listing(resource.listing_deprecated)
        self.read = to_streamed(resource.read)
        self.read_deprecated = to_streamed(resource.read_deprecated)
        self.update = to_streamed(resource.update)
        self.update_deprecated = to_streamed(resource.update_deprecated)


class AsyncChargePointVendorsResourceWithStreamingResponse:
    """``client.with_streaming_response.charge_point_vendors`` of the async client: each call returns a manager: ``async with`` it for the unread response."""

    def __init__(self, resource: AsyncChargePointVendorsResource) -> None:
        self.create = to_async_streamed(resource.create)
        self.create_deprecated = to_async_streamed(resource.create_deprecated)
        self.delete = to_async_streamed(resource.delete)
        self.delete_deprecated = to_async_streamed(resource.delete_deprecated)
        self.listing = to_async_streamed_listing(resource.listing)
        self.listing_deprecated = to_async_streamed_listing(resource.listing_deprecated)
        self.read = to_async_streamed(resource.read)
        self.read_deprecated = to_async_streamed(resource.read_deprecated)
        self.update = to_async_streamed(resource.update)
        self.update_deprecated = to_async_streamed(resource.update_deprecated)
