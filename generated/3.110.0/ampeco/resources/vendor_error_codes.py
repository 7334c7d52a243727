"""Operations of ``client.vendor_error_codes`` (resource / vendor error codes)."""

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
    from ..models.vendor_error_code import VendorErrorCode
    from ..models.vendor_error_code_create_request import VendorErrorCodeCreateRequest
    from ..params import VendorErrorCodeCreateRequestParam

__all__ = [
    "AsyncVendorErrorCodesResource",
    "AsyncVendorErrorCodesResourceWithRawResponse",
    "AsyncVendorErrorCodesResourceWithStreamingResponse",
    "VendorErrorCodesResource",
    "VendorErrorCodesResourceWithRawResponse",
    "VendorErrorCodesResourceWithStreamingResponse",
]


class VendorErrorCodesResource:
    """Synchronous operations of resource / vendor error codes."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(
        self,
        *,
        body: VendorErrorCodeCreateRequest | VendorErrorCodeCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> VendorErrorCode:
        """Vendor Error Code / Create

        Create new Vendor Error Code

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/vendor-error-codes/v2.0`` (operationId ``vendorErrorCodeCreate``)
        """
        from ..models.vendor_error_code import VendorErrorCode
        from ..models.vendor_error_code_create_request import (
            VendorErrorCodeCreateRequest,
        )

        return self._client._request(
            OPERATIONS["vendorErrorCodeCreate"],
            VendorErrorCode,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=VendorErrorCodeCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def delete(
        self,
        vendor_error_code: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Vendor Error Code / Delete

        Delete a Vendor Error Code

        Args:
            vendor_error_code: the vendorErrorCode path parameter

        ``DELETE /public-api/resources/vendor-error-codes/v2.0/{vendorErrorCode}`` (operationId ``vendorErrorCodeDelete``)
        """
        return self._client._request(
            OPERATIONS["vendorErrorCodeDelete"],
            None,
            path={"vendorErrorCode": vendor_error_code},
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
    ) -> SyncPager[VendorErrorCode]:
        """Vendor Error Codes / Listing

        Get all Vendor Error Codes

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/vendor-error-codes/v2.0`` (operationId ``vendorErrorCodesListing``)
        """
        from ..models.vendor_error_code import VendorErrorCode

        return self._client._paginate(
            OPERATIONS["vendorErrorCodesListing"],
            VendorErrorCode,
            query={"page": page, "per_page": per_page},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def read(
        self,
        vendor_error_code: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> VendorErrorCode:
        """Vendor Error Code / Read

        Get a Vendor Error Code

        Args:
            vendor_error_code: the vendorErrorCode path parameter

        ``GET /public-api/resources/vendor-error-codes/v2.0/{vendorErrorCode}`` (operationId ``vendorErrorCodeRead``)
        """
        from ..models.vendor_error_code import VendorErrorCode

        return self._client._request(
            OPERATIONS["vendorErrorCodeRead"],
            VendorErrorCode,
            path={"vendorErrorCode": vendor_error_code},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def update(
        self,
        vendor_error_code: int,
        *,
        body: VendorErrorCodeCreateRequest | VendorErrorCodeCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> VendorErrorCode:
        """Vendor Error Code / Update

        Vendor Error Code

        Args:
            vendor_error_code: the vendorErrorCode path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/vendor-error-codes/v2.0/{vendorErrorCode}`` (operationId ``vendorErrorCodeUpdate``)
        """
        from ..models.vendor_error_code import VendorErrorCode
        from ..models.vendor_error_code_create_request import (
            VendorErrorCodeCreateRequest,
        )

        return self._client._request(
            OPERATIONS["vendorErrorCodeUpdate"],
            VendorErrorCode,
            path={"vendorErrorCode": vendor_error_code},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=VendorErrorCodeCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class AsyncVendorErrorCodesResource:
    """Asynchronous operations of resource / vendor error codes."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: VendorErrorCodeCreateRequest | VendorErrorCodeCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> VendorErrorCode:
        """Vendor Error Code / Create

        Create new Vendor Error Code

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/vendor-error-codes/v2.0`` (operationId ``vendorErrorCodeCreate``)
        """
        from ..models.vendor_error_code import VendorErrorCode
        from ..models.vendor_error_code_create_request import (
            VendorErrorCodeCreateRequest,
        )

        return await self._client._request(
            OPERATIONS["vendorErrorCodeCreate"],
            VendorErrorCode,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=VendorErrorCodeCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def delete(
        self,
        vendor_error_code: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Vendor Error Code / Delete

        Delete a Vendor Error Code

        Args:
            vendor_error_code: the vendorErrorCode path parameter

        ``DELETE /public-api/resources/vendor-error-codes/v2.0/{vendorErrorCode}`` (operationId ``vendorErrorCodeDelete``)
        """
        return await self._client._request(
            OPERATIONS["vendorErrorCodeDelete"],
            None,
            path={"vendorErrorCode": vendor_error_code},
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
    ) -> AsyncPager[VendorErrorCode]:
        """Vendor Error Codes / Listing

        Get all Vendor Error Codes

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/vendor-error-codes/v2.0`` (operationId ``vendorErrorCodesListing``)
        """
        from ..models.vendor_error_code import VendorErrorCode

        return self._client._paginate(
            OPERATIONS["vendorErrorCodesListing"],
            VendorErrorCode,
            query={"page": page, "per_page": per_page},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def read(
        self,
        vendor_error_code: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> VendorErrorCode:
        """Vendor Error Code / Read

        Get a Vendor Error Code

        Args:
            vendor_error_code: the vendorErrorCode path parameter

        ``GET /public-api/resources/vendor-error-codes/v2.0/{vendorErrorCode}`` (operationId ``vendorErrorCodeRead``)
        """
        from ..models.vendor_error_code import VendorErrorCode

        return await self._client._request(
            OPERATIONS["vendorErrorCodeRead"],
            VendorErrorCode,
            path={"vendorErrorCode": vendor_error_code},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def update(
        self,
        vendor_error_code: int,
        *,
        body: VendorErrorCodeCreateRequest | VendorErrorCodeCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> VendorErrorCode:
        """Vendor Error Code / Update

        Vendor Error Code

        Args:
            vendor_error_code: the vendorErrorCode path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/vendor-error-codes/v2.0/{vendorErrorCode}`` (operationId ``vendorErrorCodeUpdate``)
        """
        from ..models.vendor_error_code import VendorErrorCode
        from ..models.vendor_error_code_create_request import (
            VendorErrorCodeCreateRequest,
        )

        return await self._client._request(
            OPERATIONS["vendorErrorCodeUpdate"],
            VendorErrorCode,
            path={"vendorErrorCode": vendor_error_code},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=VendorErrorCodeCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class VendorErrorCodesResourceWithRawResponse:
    """``client.with_raw_response.vendor_error_codes`` of the sync client: each call returns an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: VendorErrorCodesResource) -> None:
        self.create = to_raw(resource.create)
        self.delete = to_raw(resource.delete)
        self.listing = to_raw_listing(resource.listing)
        self.read = to_raw(resource.read)
        self.update = to_raw(resource.update)


class AsyncVendorErrorCodesResourceWithRawResponse:
    """``client.with_raw_response.vendor_error_codes`` of the async client: each call gives an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: AsyncVendorErrorCodesResource) -> None:
        self.create = to_async_raw(resource.create)
        self.delete = to_async_raw(resource.delete)
        self.listing = to_async_raw_listing(resource.listing)
        self.read = to_async_raw(resource.read)
        self.update = to_async_raw(resource.update)


class VendorErrorCodesResourceWithStreamingResponse:
    """``client.with_streaming_response.vendor_error_codes`` of the sync client: each call returns a manager: ``with`` it for the unread response."""

    def __init__(self, resource: VendorErrorCodesResource) -> None:
        self.create = to_streamed(resource.create)
        self.delete = to_streamed(resource.delete)
        self.listing = to_streamed_listing(resource.listing)
        self.read = to_streamed(resource.read)
        self.update = to_streamed(resource.update)


class AsyncVendorErrorCodesResourceWithStreamingResponse:
    """``client.with_streaming_response.vendor_error_codes`` of the async client: each call returns a manager: ``async with`` it for the unread response."""

    def __init__(self, resource: AsyncVendorErrorCodesResource) -> None:
        self.create = to_async_streamed(resource.create)
        self.delete = to_async_streamed(resource.delete)
        self.listing = to_async_streamed_listing(resource.listing)
        self.read = to_async_streamed(resource.read)
        self.update = to_async_streamed(resource.update)
