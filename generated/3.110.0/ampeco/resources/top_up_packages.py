"""Operations of ``client.top_up_packages`` (resource / top-up packages)."""

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
    from ..models.top_up_packag_create_request import TopUpPackagCreateRequest
    from ..models.top_up_package import TopUpPackage
    from ..models.top_up_package_update_request import TopUpPackageUpdateRequest
    from ..models.top_up_packages_listing_filter import TopUpPackagesListingFilter
    from ..params import (
        TopUpPackagCreateRequestParam,
        TopUpPackageUpdateRequestParam,
        TopUpPackagesListingFilterParam,
    )

__all__ = [
    "AsyncTopUpPackagesResource",
    "AsyncTopUpPackagesResourceWithRawResponse",
    "AsyncTopUpPackagesResourceWithStreamingResponse",
    "TopUpPackagesResource",
    "TopUpPackagesResourceWithRawResponse",
    "TopUpPackagesResourceWithStreamingResponse",
]


class TopUpPackagesResource:
    """Synchronous operations of resource / top-up packages."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def delete(
        self,
        top_up_package: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Top-Up Package / Delete

        Delete a Top-Up Package

        Args:
            top_up_package: the topUpPackage path parameter

        ``DELETE /public-api/resources/top-up-packages/v2.0/{topUpPackage}`` (operationId ``topUpPackageDelete``)
        """
        return self._client._request(
            OPERATIONS["topUpPackageDelete"],
            None,
            path={"topUpPackage": top_up_package},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def listing(
        self,
        *,
        filter: (
            TopUpPackagesListingFilter | TopUpPackagesListingFilterParam | None
        ) = None,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[TopUpPackage]:
        """Top-Up Packages / Listing

        Get all Top-Up Packages

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/top-up-packages/v2.0`` (operationId ``topUpPackagesListing``)
        """
        from ..models.top_up_package import TopUpPackage
        from ..models.top_up_packages_listing_filter import TopUpPackagesListingFilter

        return self._client._paginate(
            OPERATIONS["topUpPackagesListing"],
            TopUpPackage,
            query={"filter": filter, "page": page, "per_page": per_page},
            timeout=timeout,
            query_types={"filter": TopUpPackagesListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def read(
        self,
        top_up_package: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> TopUpPackage:
        """Top-Up Package / Read

        Get a Top-Up Package

        Args:
            top_up_package: the topUpPackage path parameter

        ``GET /public-api/resources/top-up-packages/v2.0/{topUpPackage}`` (operationId ``topUpPackageRead``)
        """
        from ..models.top_up_package import TopUpPackage

        return self._client._request(
            OPERATIONS["topUpPackageRead"],
            TopUpPackage,
            path={"topUpPackage": top_up_package},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def top_up_packag_create(
        self,
        *,
        body: TopUpPackagCreateRequest | TopUpPackagCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> TopUpPackage:
        """Top-Up Package / Create

        Create new Top-Up Package

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/top-up-packages/v2.0`` (operationId ``topUpPackagCreate``)
        """
        from ..models.top_up_packag_create_request import TopUpPackagCreateRequest
        from ..models.top_up_package import TopUpPackage

        return self._client._request(
            OPERATIONS["topUpPackagCreate"],
            TopUpPackage,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=TopUpPackagCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def update(
        self,
        top_up_package: int,
        *,
        body: TopUpPackageUpdateRequest | TopUpPackageUpdateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> TopUpPackage:
        """Top-Up Package / Update

        Top-Up Packages

        Args:
            top_up_package: the topUpPackage path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/top-up-packages/v2.0/{topUpPackage}`` (operationId ``topUpPackageUpdate``)
        """
        from ..models.top_up_package import TopUpPackage
        from ..models.top_up_package_update_request import TopUpPackageUpdateRequest

        return self._client._request(
            OPERATIONS["topUpPackageUpdate"],
            TopUpPackage,
            path={"topUpPackage": top_up_package},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=TopUpPackageUpdateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class AsyncTopUpPackagesResource:
    """Asynchronous operations of resource / top-up packages."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def delete(
        self,
        top_up_package: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Top-Up Package / Delete

        Delete a Top-Up Package

        Args:
            top_up_package: the topUpPackage path parameter

        ``DELETE /public-api/resources/top-up-packages/v2.0/{topUpPackage}`` (operationId ``topUpPackageDelete``)
        """
        return await self._client._request(
            OPERATIONS["topUpPackageDelete"],
            None,
            path={"topUpPackage": top_up_package},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def listing(
        self,
        *,
        filter: (
            TopUpPackagesListingFilter | TopUpPackagesListingFilterParam | None
        ) = None,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[TopUpPackage]:
        """Top-Up Packages / Listing

        Get all Top-Up Packages

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/top-up-packages/v2.0`` (operationId ``topUpPackagesListing``)
        """
        from ..models.top_up_package import TopUpPackage
        from ..models.top_up_packages_listing_filter import TopUpPackagesListingFilter

        return self._client._paginate(
            OPERATIONS["topUpPackagesListing"],
            TopUpPackage,
            query={"filter": filter, "page": page, "per_page": per_page},
            timeout=timeout,
            query_types={"filter": TopUpPackagesListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def read(
        self,
        top_up_package: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> TopUpPackage:
        """Top-Up Package / Read

        Get a Top-Up Package

        Args:
            top_up_package: the topUpPackage path parameter

        ``GET /public-api/resources/top-up-packages/v2.0/{topUpPackage}`` (operationId ``topUpPackageRead``)
        """
        from ..models.top_up_package import TopUpPackage

        return await self._client._request(
            OPERATIONS["topUpPackageRead"],
            TopUpPackage,
            path={"topUpPackage": top_up_package},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def top_up_packag_create(
        self,
        *,
        body: TopUpPackagCreateRequest | TopUpPackagCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> TopUpPackage:
        """Top-Up Package / Create

        Create new Top-Up Package

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/top-up-packages/v2.0`` (operationId ``topUpPackagCreate``)
        """
        from ..models.top_up_packag_create_request import TopUpPackagCreateRequest
        from ..models.top_up_package import TopUpPackage

        return await self._client._request(
            OPERATIONS["topUpPackagCreate"],
            TopUpPackage,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=TopUpPackagCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def update(
        self,
        top_up_package: int,
        *,
        body: TopUpPackageUpdateRequest | TopUpPackageUpdateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> TopUpPackage:
        """Top-Up Package / Update

        Top-Up Packages

        Args:
            top_up_package: the topUpPackage path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/top-up-packages/v2.0/{topUpPackage}`` (operationId ``topUpPackageUpdate``)
        """
        from ..models.top_up_package import TopUpPackage
        from ..models.top_up_package_update_request import TopUpPackageUpdateRequest

        return await self._client._request(
            OPERATIONS["topUpPackageUpdate"],
            TopUpPackage,
            path={"topUpPackage": top_up_package},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=TopUpPackageUpdateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class TopUpPackagesResourceWithRawResponse:
    """``client.with_raw_response.top_up_packages`` of the sync client: each call returns an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: TopUpPackagesResource) -> None:
        self.delete = to_raw(resource.delete)
        self.listing = to_raw_listing(resource.listing)
        self.read = to_raw(resource.read)
        self.top_up_packag_create = to_raw(resource.top_up_packag_create)
        self.update = to_raw(resource.update)


class AsyncTopUpPackagesResourceWithRawResponse:
    """``client.with_raw_response.top_up_packages`` of the async client: each call gives an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: AsyncTopUpPackagesResource) -> None:
        self.delete = to_async_raw(resource.delete)
        self.listing = to_async_raw_listing(resource.listing)
        self.read = to_async_raw(resource.read)
        self.top_up_packag_create = to_async_raw(resource.top_up_packag_create)
        self.update = to_async_raw(resource.update)


class TopUpPackagesResourceWithStreamingResponse:
    """``client.with_streaming_response.top_up_packages`` of the sync client: each call returns a manager: ``with`` it for the unread response."""

    def __init__(self, resource: TopUpPackagesResource) -> None:
        self.delete = to_streamed(resource.delete)
        self.listing = to_streamed_listing(resource.listing)
        self.read = to_streamed(resource.read)
        self.top_up_packag_create = to_streamed(resource.top_up_packag_create)
        self.update = to_streamed(resource.update)


class AsyncTopUpPackagesResourceWithStreamingResponse:
    """``client.with_streaming_response.top_up_packages`` of the async client: each call returns a manager: ``async with`` it for the unread response."""

    def __init__(self, resource: AsyncTopUpPackagesResource) -> None:
        self.delete = to_async_streamed(resource.delete)
        self.listing = to_async_streamed_listing(resource.listing)
        self.read = to_async_streamed(resource.read)
        self.top_up_packag_create = to_async_streamed(resource.top_up_packag_create)
        self.update = to_async_streamed(resource.update)
