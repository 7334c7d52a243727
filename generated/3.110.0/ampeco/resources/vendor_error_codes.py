"""Operations of ``client.vendor_error_codes`` (resource / vendor error codes)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._operations import OPERATIONS
from .._runtime.pagination import AsyncPager, SyncPager
from .._runtime.types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    import httpx

    from .._runtime.client import AsyncClient, SyncClient
    from ..models.vendor_error_code import VendorErrorCode
    from ..models.vendor_error_code_create_request import VendorErrorCodeCreateRequest

__all__ = ["AsyncVendorErrorCodesResource", "VendorErrorCodesResource"]


class VendorErrorCodesResource:
    """Synchronous operations of resource / vendor error codes."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(
        self,
        *,
        body: VendorErrorCodeCreateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> VendorErrorCode:
        """Vendor Error Code / Create

        Create new Vendor Error Code

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/vendor-error-codes/v2.0`` (operationId ``vendorErrorCodeCreate``)
        """
        from ..models.vendor_error_code import VendorErrorCode

        return self._client._request(
            OPERATIONS["vendorErrorCodeCreate"],
            VendorErrorCode,
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    def delete(
        self,
        vendor_error_code: int,
        *,
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
        )

    def listing(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
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
        )

    def read(
        self,
        vendor_error_code: int,
        *,
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
        )

    def update(
        self,
        vendor_error_code: int,
        *,
        body: VendorErrorCodeCreateRequest | Mapping[str, Any],
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

        return self._client._request(
            OPERATIONS["vendorErrorCodeUpdate"],
            VendorErrorCode,
            path={"vendorErrorCode": vendor_error_code},
            body=body,
            unwrap="data",
            timeout=timeout,
        )


class AsyncVendorErrorCodesResource:
    """Asynchronous operations of resource / vendor error codes."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: VendorErrorCodeCreateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> VendorErrorCode:
        """Vendor Error Code / Create

        Create new Vendor Error Code

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/vendor-error-codes/v2.0`` (operationId ``vendorErrorCodeCreate``)
        """
        from ..models.vendor_error_code import VendorErrorCode

        return await self._client._request(
            OPERATIONS["vendorErrorCodeCreate"],
            VendorErrorCode,
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    async def delete(
        self,
        vendor_error_code: int,
        *,
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
        )

    def listing(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
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
        )

    async def read(
        self,
        vendor_error_code: int,
        *,
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
        )

    async def update(
        self,
        vendor_error_code: int,
        *,
        body: VendorErrorCodeCreateRequest | Mapping[str, Any],
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

        return await self._client._request(
            OPERATIONS["vendorErrorCodeUpdate"],
            VendorErrorCode,
            path={"vendorErrorCode": vendor_error_code},
            body=body,
            unwrap="data",
            timeout=timeout,
        )
