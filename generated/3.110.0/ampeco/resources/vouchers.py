"""Operations of ``client.vouchers`` (resource / vouchers)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._operations import OPERATIONS
from .._runtime.pagination import AsyncPager, SyncPager
from .._runtime.types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    import httpx

    from .._runtime.client import AsyncClient, SyncClient
    from ..models.voucher import Voucher
    from ..models.voucher_create_deprecated_request import (
        VoucherCreateDeprecatedRequest,
    )
    from ..models.voucher_create_request import VoucherCreateRequest
    from ..models.voucher_deprecated import VoucherDeprecated
    from ..models.voucher_update_deprecated_request import (
        VoucherUpdateDeprecatedRequest,
    )
    from ..models.voucher_update_request import VoucherUpdateRequest
    from ..models.vouchers_listing_deprecated_filter import (
        VouchersListingDeprecatedFilter,
    )
    from ..models.vouchers_listing_filter import VouchersListingFilter

__all__ = ["AsyncVouchersResource", "VouchersResource"]


class VouchersResource:
    """Synchronous operations of resource / vouchers."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(
        self,
        *,
        body: VoucherCreateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Voucher:
        """Voucher / Create

        Create new Voucher

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/vouchers/v2.1`` (operationId ``voucherCreate``)
        """
        from ..models.voucher import Voucher

        return self._client._request(
            OPERATIONS["voucherCreate"],
            Voucher,
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    def create_deprecated(
        self,
        *,
        body: VoucherCreateDeprecatedRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> VoucherDeprecated:
        """Voucher / Create

        Create new Voucher

        Deprecated. Use ``client.vouchers.create()`` instead.

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/vouchers/v2.0`` (operationId ``voucherCreateDeprecated``)
        """
        from ..models.voucher_deprecated import VoucherDeprecated

        return self._client._request(
            OPERATIONS["voucherCreateDeprecated"],
            VoucherDeprecated,
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    def delete(
        self,
        voucher: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Voucher / Delete

        Delete a Voucher

        Args:
            voucher: the voucher path parameter

        ``DELETE /public-api/resources/vouchers/v2.1/{voucher}`` (operationId ``voucherDelete``)
        """
        return self._client._request(
            OPERATIONS["voucherDelete"],
            None,
            path={"voucher": voucher},
            timeout=timeout,
        )

    def delete_deprecated(
        self,
        voucher: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Voucher / Delete

        Delete a Voucher

        Deprecated. Use ``client.vouchers.delete()`` instead.

        Args:
            voucher: the voucher path parameter

        ``DELETE /public-api/resources/vouchers/v2.0/{voucher}`` (operationId ``voucherDeleteDeprecated``)
        """
        return self._client._request(
            OPERATIONS["voucherDeleteDeprecated"],
            None,
            path={"voucher": voucher},
            timeout=timeout,
        )

    def listing(
        self,
        *,
        filter: VouchersListingFilter | Mapping[str, Any] | None = None,
        page: int | None = None,
        per_page: int | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[Voucher]:
        """Vouchers / Listing

        Get all Vouchers

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/vouchers/v2.1`` (operationId ``vouchersListing``)
        """
        from ..models.voucher import Voucher

        return self._client._paginate(
            OPERATIONS["vouchersListing"],
            Voucher,
            query={"filter": filter, "page": page, "per_page": per_page},
            timeout=timeout,
        )

    def listing_deprecated(
        self,
        *,
        filter: VouchersListingDeprecatedFilter | Mapping[str, Any] | None = None,
        page: int | None = None,
        per_page: int | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[VoucherDeprecated]:
        """Vouchers / Listing

        Get all Vouchers

        Deprecated. Use ``client.vouchers.listing()`` instead.

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/vouchers/v2.0`` (operationId ``vouchersListingDeprecated``)
        """
        from ..models.voucher_deprecated import VoucherDeprecated

        return self._client._paginate(
            OPERATIONS["vouchersListingDeprecated"],
            VoucherDeprecated,
            query={"filter": filter, "page": page, "per_page": per_page},
            timeout=timeout,
        )

    def read(
        self,
        voucher: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Voucher:
        """Voucher / Read

        Get a Voucher

        Args:
            voucher: the voucher path parameter

        ``GET /public-api/resources/vouchers/v2.1/{voucher}`` (operationId ``voucherRead``)
        """
        from ..models.voucher import Voucher

        return self._client._request(
            OPERATIONS["voucherRead"],
            Voucher,
            path={"voucher": voucher},
            unwrap="data",
            timeout=timeout,
        )

    def read_deprecated(
        self,
        voucher: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> VoucherDeprecated:
        """Voucher / Read

        Get a Voucher

        Deprecated. Use ``client.vouchers.read()`` instead.

        Args:
            voucher: the voucher path parameter

        ``GET /public-api/resources/vouchers/v2.0/{voucher}`` (operationId ``voucherReadDeprecated``)
        """
        from ..models.voucher_deprecated import VoucherDeprecated

        return self._client._request(
            OPERATIONS["voucherReadDeprecated"],
            VoucherDeprecated,
            path={"voucher": voucher},
            unwrap="data",
            timeout=timeout,
        )

    def update(
        self,
        voucher: int,
        *,
        body: VoucherUpdateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Voucher:
        """Voucher / Update

        Update a Voucher

        Args:
            voucher: the voucher path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/vouchers/v2.1/{voucher}`` (operationId ``voucherUpdate``)
        """
        from ..models.voucher import Voucher

        return self._client._request(
            OPERATIONS["voucherUpdate"],
            Voucher,
            path={"voucher": voucher},
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    def update_deprecated(
        self,
        voucher: int,
        *,
        body: VoucherUpdateDeprecatedRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> VoucherDeprecated:
        """Voucher / Update

        Update a Voucher

        Deprecated. Use ``client.vouchers.update()`` instead.

        Args:
            voucher: the voucher path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/vouchers/v2.0/{voucher}`` (operationId ``voucherUpdateDeprecated``)
        """
        from ..models.voucher_deprecated import VoucherDeprecated

        return self._client._request(
            OPERATIONS["voucherUpdateDeprecated"],
            VoucherDeprecated,
            path={"voucher": voucher},
            body=body,
            unwrap="data",
            timeout=timeout,
        )


class AsyncVouchersResource:
    """Asynchronous operations of resource / vouchers."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: VoucherCreateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Voucher:
        """Voucher / Create

        Create new Voucher

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/vouchers/v2.1`` (operationId ``voucherCreate``)
        """
        from ..models.voucher import Voucher

        return await self._client._request(
            OPERATIONS["voucherCreate"],
            Voucher,
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    async def create_deprecated(
        self,
        *,
        body: VoucherCreateDeprecatedRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> VoucherDeprecated:
        """Voucher / Create

        Create new Voucher

        Deprecated. Use ``client.vouchers.create()`` instead.

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/vouchers/v2.0`` (operationId ``voucherCreateDeprecated``)
        """
        from ..models.voucher_deprecated import VoucherDeprecated

        return await self._client._request(
            OPERATIONS["voucherCreateDeprecated"],
            VoucherDeprecated,
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    async def delete(
        self,
        voucher: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Voucher / Delete

        Delete a Voucher

        Args:
            voucher: the voucher path parameter

        ``DELETE /public-api/resources/vouchers/v2.1/{voucher}`` (operationId ``voucherDelete``)
        """
        return await self._client._request(
            OPERATIONS["voucherDelete"],
            None,
            path={"voucher": voucher},
            timeout=timeout,
        )

    async def delete_deprecated(
        self,
        voucher: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Voucher / Delete

        Delete a Voucher

        Deprecated. Use ``client.vouchers.delete()`` instead.

        Args:
            voucher: the voucher path parameter

        ``DELETE /public-api/resources/vouchers/v2.0/{voucher}`` (operationId ``voucherDeleteDeprecated``)
        """
        return await self._client._request(
            OPERATIONS["voucherDeleteDeprecated"],
            None,
            path={"voucher": voucher},
            timeout=timeout,
        )

    def listing(
        self,
        *,
        filter: VouchersListingFilter | Mapping[str, Any] | None = None,
        page: int | None = None,
        per_page: int | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[Voucher]:
        """Vouchers / Listing

        Get all Vouchers

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/vouchers/v2.1`` (operationId ``vouchersListing``)
        """
        from ..models.voucher import Voucher

        return self._client._paginate(
            OPERATIONS["vouchersListing"],
            Voucher,
            query={"filter": filter, "page": page, "per_page": per_page},
            timeout=timeout,
        )

    def listing_deprecated(
        self,
        *,
        filter: VouchersListingDeprecatedFilter | Mapping[str, Any] | None = None,
        page: int | None = None,
        per_page: int | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[VoucherDeprecated]:
        """Vouchers / Listing

        Get all Vouchers

        Deprecated. Use ``client.vouchers.listing()`` instead.

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/vouchers/v2.0`` (operationId ``vouchersListingDeprecated``)
        """
        from ..models.voucher_deprecated import VoucherDeprecated

        return self._client._paginate(
            OPERATIONS["vouchersListingDeprecated"],
            VoucherDeprecated,
            query={"filter": filter, "page": page, "per_page": per_page},
            timeout=timeout,
        )

    async def read(
        self,
        voucher: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Voucher:
        """Voucher / Read

        Get a Voucher

        Args:
            voucher: the voucher path parameter

        ``GET /public-api/resources/vouchers/v2.1/{voucher}`` (operationId ``voucherRead``)
        """
        from ..models.voucher import Voucher

        return await self._client._request(
            OPERATIONS["voucherRead"],
            Voucher,
            path={"voucher": voucher},
            unwrap="data",
            timeout=timeout,
        )

    async def read_deprecated(
        self,
        voucher: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> VoucherDeprecated:
        """Voucher / Read

        Get a Voucher

        Deprecated. Use ``client.vouchers.read()`` instead.

        Args:
            voucher: the voucher path parameter

        ``GET /public-api/resources/vouchers/v2.0/{voucher}`` (operationId ``voucherReadDeprecated``)
        """
        from ..models.voucher_deprecated import VoucherDeprecated

        return await self._client._request(
            OPERATIONS["voucherReadDeprecated"],
            VoucherDeprecated,
            path={"voucher": voucher},
            unwrap="data",
            timeout=timeout,
        )

    async def update(
        self,
        voucher: int,
        *,
        body: VoucherUpdateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Voucher:
        """Voucher / Update

        Update a Voucher

        Args:
            voucher: the voucher path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/vouchers/v2.1/{voucher}`` (operationId ``voucherUpdate``)
        """
        from ..models.voucher import Voucher

        return await self._client._request(
            OPERATIONS["voucherUpdate"],
            Voucher,
            path={"voucher": voucher},
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    async def update_deprecated(
        self,
        voucher: int,
        *,
        body: VoucherUpdateDeprecatedRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> VoucherDeprecated:
        """Voucher / Update

        Update a Voucher

        Deprecated. Use ``client.vouchers.update()`` instead.

        Args:
            voucher: the voucher path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/vouchers/v2.0/{voucher}`` (operationId ``voucherUpdateDeprecated``)
        """
        from ..models.voucher_deprecated import VoucherDeprecated

        return await self._client._request(
            OPERATIONS["voucherUpdateDeprecated"],
            VoucherDeprecated,
            path={"voucher": voucher},
            body=body,
            unwrap="data",
            timeout=timeout,
        )
