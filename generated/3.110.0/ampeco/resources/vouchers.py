"""Operations of ``client.vouchers`` (resource / vouchers)."""

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
    from ..params import (
        VoucherCreateDeprecatedRequestParam,
        VoucherCreateRequestParam,
        VoucherUpdateDeprecatedRequestParam,
        VoucherUpdateRequestParam,
        VouchersListingDeprecatedFilterParam,
        VouchersListingFilterParam,
    )

__all__ = [
    "AsyncVouchersResource",
    "AsyncVouchersResourceWithRawResponse",
    "AsyncVouchersResourceWithStreamingResponse",
    "VouchersResource",
    "VouchersResourceWithRawResponse",
    "VouchersResourceWithStreamingResponse",
]


class VouchersResource:
    """Synchronous operations of resource / vouchers."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(
        self,
        *,
        body: VoucherCreateRequest | VoucherCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Voucher:
        """Voucher / Create

        Create new Voucher

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/vouchers/v2.1`` (operationId ``voucherCreate``)
        """
        from ..models.voucher import Voucher
        from ..models.voucher_create_request import VoucherCreateRequest

        return self._client._request(
            OPERATIONS["voucherCreate"],
            Voucher,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=VoucherCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def create_deprecated(
        self,
        *,
        body: VoucherCreateDeprecatedRequest | VoucherCreateDeprecatedRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> VoucherDeprecated:
        """Voucher / Create

        Create new Voucher

        Deprecated. Use ``client.vouchers.create()`` instead.

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/vouchers/v2.0`` (operationId ``voucherCreateDeprecated``)
        """
        from ..models.voucher_create_deprecated_request import (
            VoucherCreateDeprecatedRequest,
        )
        from ..models.voucher_deprecated import VoucherDeprecated

        return self._client._request(
            OPERATIONS["voucherCreateDeprecated"],
            VoucherDeprecated,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=VoucherCreateDeprecatedRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def delete(
        self,
        voucher: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def delete_deprecated(
        self,
        voucher: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def listing(
        self,
        *,
        filter: VouchersListingFilter | VouchersListingFilterParam | None = None,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
        from ..models.vouchers_listing_filter import VouchersListingFilter

        return self._client._paginate(
            OPERATIONS["vouchersListing"],
            Voucher,
            query={"filter": filter, "page": page, "per_page": per_page},
            timeout=timeout,
            query_types={"filter": VouchersListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def listing_deprecated(
        self,
        *,
        filter: (
            VouchersListingDeprecatedFilter
            | VouchersListingDeprecatedFilterParam
            | None
        ) = None,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
        from ..models.vouchers_listing_deprecated_filter import (
            VouchersListingDeprecatedFilter,
        )

        return self._client._paginate(
            OPERATIONS["vouchersListingDeprecated"],
            VoucherDeprecated,
            query={"filter": filter, "page": page, "per_page": per_page},
            timeout=timeout,
            query_types={"filter": VouchersListingDeprecatedFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def read(
        self,
        voucher: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def read_deprecated(
        self,
        voucher: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def update(
        self,
        voucher: int,
        *,
        body: VoucherUpdateRequest | VoucherUpdateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
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
        from ..models.voucher_update_request import VoucherUpdateRequest

        return self._client._request(
            OPERATIONS["voucherUpdate"],
            Voucher,
            path={"voucher": voucher},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=VoucherUpdateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def update_deprecated(
        self,
        voucher: int,
        *,
        body: VoucherUpdateDeprecatedRequest | VoucherUpdateDeprecatedRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
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
        from ..models.voucher_update_deprecated_request import (
            VoucherUpdateDeprecatedRequest,
        )

        return self._client._request(
            OPERATIONS["voucherUpdateDeprecated"],
            VoucherDeprecated,
            path={"voucher": voucher},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=VoucherUpdateDeprecatedRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class AsyncVouchersResource:
    """Asynchronous operations of resource / vouchers."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: VoucherCreateRequest | VoucherCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Voucher:
        """Voucher / Create

        Create new Voucher

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/vouchers/v2.1`` (operationId ``voucherCreate``)
        """
        from ..models.voucher import Voucher
        from ..models.voucher_create_request import VoucherCreateRequest

        return await self._client._request(
            OPERATIONS["voucherCreate"],
            Voucher,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=VoucherCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def create_deprecated(
        self,
        *,
        body: VoucherCreateDeprecatedRequest | VoucherCreateDeprecatedRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> VoucherDeprecated:
        """Voucher / Create

        Create new Voucher

        Deprecated. Use ``client.vouchers.create()`` instead.

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/vouchers/v2.0`` (operationId ``voucherCreateDeprecated``)
        """
        from ..models.voucher_create_deprecated_request import (
            VoucherCreateDeprecatedRequest,
        )
        from ..models.voucher_deprecated import VoucherDeprecated

        return await self._client._request(
            OPERATIONS["voucherCreateDeprecated"],
            VoucherDeprecated,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=VoucherCreateDeprecatedRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def delete(
        self,
        voucher: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def delete_deprecated(
        self,
        voucher: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def listing(
        self,
        *,
        filter: VouchersListingFilter | VouchersListingFilterParam | None = None,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
        from ..models.vouchers_listing_filter import VouchersListingFilter

        return self._client._paginate(
            OPERATIONS["vouchersListing"],
            Voucher,
            query={"filter": filter, "page": page, "per_page": per_page},
            timeout=timeout,
            query_types={"filter": VouchersListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def listing_deprecated(
        self,
        *,
        filter: (
            VouchersListingDeprecatedFilter
            | VouchersListingDeprecatedFilterParam
            | None
        ) = None,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
        from ..models.vouchers_listing_deprecated_filter import (
            VouchersListingDeprecatedFilter,
        )

        return self._client._paginate(
            OPERATIONS["vouchersListingDeprecated"],
            VoucherDeprecated,
            query={"filter": filter, "page": page, "per_page": per_page},
            timeout=timeout,
            query_types={"filter": VouchersListingDeprecatedFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def read(
        self,
        voucher: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def read_deprecated(
        self,
        voucher: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def update(
        self,
        voucher: int,
        *,
        body: VoucherUpdateRequest | VoucherUpdateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
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
        from ..models.voucher_update_request import VoucherUpdateRequest

        return await self._client._request(
            OPERATIONS["voucherUpdate"],
            Voucher,
            path={"voucher": voucher},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=VoucherUpdateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def update_deprecated(
        self,
        voucher: int,
        *,
        body: VoucherUpdateDeprecatedRequest | VoucherUpdateDeprecatedRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
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
        from ..models.voucher_update_deprecated_request import (
            VoucherUpdateDeprecatedRequest,
        )

        return await self._client._request(
            OPERATIONS["voucherUpdateDeprecated"],
            VoucherDeprecated,
            path={"voucher": voucher},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=VoucherUpdateDeprecatedRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class VouchersResourceWithRawResponse:
    """``client.with_raw_response.vouchers`` of the sync client: each call returns an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: VouchersResource) -> None:
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


class AsyncVouchersResourceWithRawResponse:
    """``client.with_raw_response.vouchers`` of the async client: each call gives an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: AsyncVouchersResource) -> None:
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


class VouchersResourceWithStreamingResponse:
    """``client.with_streaming_response.vouchers`` of the sync client: each call returns a manager: ``with`` it for the unread response."""

    def __init__(self, resource: VouchersResource) -> None:
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


class AsyncVouchersResourceWithStreamingResponse:
    """``client.with_streaming_response.vouchers`` of the async client: each call returns a manager: ``async with`` it for the unread response."""

    def __init__(self, resource: AsyncVouchersResource) -> None:
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
