"""Operations of ``client.top_up_packages`` (resource / top-up packages)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._operations import OPERATIONS
from .._runtime.pagination import AsyncPager, SyncPager
from .._runtime.types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    import httpx

    from .._runtime.client import AsyncClient, SyncClient
    from ..models.top_up_packag_create_request import TopUpPackagCreateRequest
    from ..models.top_up_package import TopUpPackage
    from ..models.top_up_package_update_request import TopUpPackageUpdateRequest
    from ..models.top_up_packages_listing_filter import TopUpPackagesListingFilter

__all__ = ["AsyncTopUpPackagesResource", "TopUpPackagesResource"]


class TopUpPackagesResource:
    """Synchronous operations of resource / top-up packages."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def delete(
        self,
        top_up_package: int,
        *,
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
        )

    def listing(
        self,
        *,
        filter: TopUpPackagesListingFilter | Mapping[str, Any] | None = None,
        page: int | None = None,
        per_page: int | None = None,
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

        return self._client._paginate(
            OPERATIONS["topUpPackagesListing"],
            TopUpPackage,
            query={"filter": filter, "page": page, "per_page": per_page},
            timeout=timeout,
        )

    def read(
        self,
        top_up_package: int,
        *,
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
        )

    def top_up_packag_create(
        self,
        *,
        body: TopUpPackagCreateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> TopUpPackage:
        """Top-Up Package / Create

        Create new Top-Up Package

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/top-up-packages/v2.0`` (operationId ``topUpPackagCreate``)
        """
        from ..models.top_up_package import TopUpPackage

        return self._client._request(
            OPERATIONS["topUpPackagCreate"],
            TopUpPackage,
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    def update(
        self,
        top_up_package: int,
        *,
        body: TopUpPackageUpdateRequest | Mapping[str, Any],
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

        return self._client._request(
            OPERATIONS["topUpPackageUpdate"],
            TopUpPackage,
            path={"topUpPackage": top_up_package},
            body=body,
            unwrap="data",
            timeout=timeout,
        )


class AsyncTopUpPackagesResource:
    """Asynchronous operations of resource / top-up packages."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def delete(
        self,
        top_up_package: int,
        *,
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
        )

    def listing(
        self,
        *,
        filter: TopUpPackagesListingFilter | Mapping[str, Any] | None = None,
        page: int | None = None,
        per_page: int | None = None,
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

        return self._client._paginate(
            OPERATIONS["topUpPackagesListing"],
            TopUpPackage,
            query={"filter": filter, "page": page, "per_page": per_page},
            timeout=timeout,
        )

    async def read(
        self,
        top_up_package: int,
        *,
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
        )

    async def top_up_packag_create(
        self,
        *,
        body: TopUpPackagCreateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> TopUpPackage:
        """Top-Up Package / Create

        Create new Top-Up Package

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/top-up-packages/v2.0`` (operationId ``topUpPackagCreate``)
        """
        from ..models.top_up_package import TopUpPackage

        return await self._client._request(
            OPERATIONS["topUpPackagCreate"],
            TopUpPackage,
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    async def update(
        self,
        top_up_package: int,
        *,
        body: TopUpPackageUpdateRequest | Mapping[str, Any],
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

        return await self._client._request(
            OPERATIONS["topUpPackageUpdate"],
            TopUpPackage,
            path={"topUpPackage": top_up_package},
            body=body,
            unwrap="data",
            timeout=timeout,
        )
