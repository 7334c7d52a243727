"""Operations of ``client.roaming_providers`` (resource / roaming providers)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._operations import OPERATIONS
from .._runtime.pagination import AsyncPager, SyncPager
from .._runtime.types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    import httpx

    from .._runtime.client import AsyncClient, SyncClient
    from ..models.hubject import Hubject
    from ..models.ocpi_or_gireve221 import OcpiOrGireve221
    from ..models.roaming_provider import RoamingProvider
    from ..models.roaming_provider_update_request_option1 import (
        RoamingProviderUpdateRequestOption1,
    )
    from ..models.roaming_provider_update_request_option2 import (
        RoamingProviderUpdateRequestOption2,
    )
    from ..models.roaming_providers_listing_filter import RoamingProvidersListingFilter

__all__ = ["AsyncRoamingProvidersResource", "RoamingProvidersResource"]


class RoamingProvidersResource:
    """Synchronous operations of resource / roaming providers."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(
        self,
        *,
        body: Hubject | Mapping[str, Any] | OcpiOrGireve221,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RoamingProvider:
        """Roaming Provider / Create

        Create new Roaming Provider  **Only applicable for Hubject, Gireve 2.2.1 and OCPI with missing credentials module emsp roaming connections**

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/roaming-providers/v2.0`` (operationId ``roamingProviderCreate``)
        """
        from ..models.roaming_provider import RoamingProvider

        return self._client._request(
            OPERATIONS["roamingProviderCreate"],
            RoamingProvider,
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    def delete(
        self,
        roaming_provider: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Roaming Provider / Delete

        Delete a Roaming Provider

        Args:
            roaming_provider: the roamingProvider path parameter

        ``DELETE /public-api/resources/roaming-providers/v2.0/{roamingProvider}`` (operationId ``roamingProviderDelete``)
        """
        return self._client._request(
            OPERATIONS["roamingProviderDelete"],
            None,
            path={"roamingProvider": roaming_provider},
            timeout=timeout,
        )

    def listing(
        self,
        *,
        filter: RoamingProvidersListingFilter | Mapping[str, Any] | None = None,
        page: int | None = None,
        per_page: int | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[RoamingProvider]:
        """Roaming Providers / Listing

        Get all Roaming Providers

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/roaming-providers/v2.0`` (operationId ``roamingProvidersListing``)
        """
        from ..models.roaming_provider import RoamingProvider

        return self._client._paginate(
            OPERATIONS["roamingProvidersListing"],
            RoamingProvider,
            query={"filter": filter, "page": page, "per_page": per_page},
            timeout=timeout,
        )

    def read(
        self,
        roaming_provider: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RoamingProvider:
        """Roaming Provider / Read

        Get a Roaming Provider

        Args:
            roaming_provider: the roamingProvider path parameter

        ``GET /public-api/resources/roaming-providers/v2.0/{roamingProvider}`` (operationId ``roamingProviderRead``)
        """
        from ..models.roaming_provider import RoamingProvider

        return self._client._request(
            OPERATIONS["roamingProviderRead"],
            RoamingProvider,
            path={"roamingProvider": roaming_provider},
            unwrap="data",
            timeout=timeout,
        )

    def update(
        self,
        roaming_provider: int,
        *,
        body: (
            RoamingProviderUpdateRequestOption1
            | Mapping[str, Any]
            | RoamingProviderUpdateRequestOption2
        ),
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RoamingProvider:
        """Roaming Provider / Update

        Update Roaming Providers

        Args:
            roaming_provider: the roamingProvider path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/roaming-providers/v2.0/{roamingProvider}`` (operationId ``roamingProviderUpdate``)
        """
        from ..models.roaming_provider import RoamingProvider

        return self._client._request(
            OPERATIONS["roamingProviderUpdate"],
            RoamingProvider,
            path={"roamingProvider": roaming_provider},
            body=body,
            unwrap="data",
            timeout=timeout,
        )


class AsyncRoamingProvidersResource:
    """Asynchronous operations of resource / roaming providers."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: Hubject | Mapping[str, Any] | OcpiOrGireve221,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RoamingProvider:
        """Roaming Provider / Create

        Create new Roaming Provider  **Only applicable for Hubject, Gireve 2.2.1 and OCPI with missing credentials module emsp roaming connections**

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/roaming-providers/v2.0`` (operationId ``roamingProviderCreate``)
        """
        from ..models.roaming_provider import RoamingProvider

        return await self._client._request(
            OPERATIONS["roamingProviderCreate"],
            RoamingProvider,
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    async def delete(
        self,
        roaming_provider: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Roaming Provider / Delete

        Delete a Roaming Provider

        Args:
            roaming_provider: the roamingProvider path parameter

        ``DELETE /public-api/resources/roaming-providers/v2.0/{roamingProvider}`` (operationId ``roamingProviderDelete``)
        """
        return await self._client._request(
            OPERATIONS["roamingProviderDelete"],
            None,
            path={"roamingProvider": roaming_provider},
            timeout=timeout,
        )

    def listing(
        self,
        *,
        filter: RoamingProvidersListingFilter | Mapping[str, Any] | None = None,
        page: int | None = None,
        per_page: int | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[RoamingProvider]:
        """Roaming Providers / Listing

        Get all Roaming Providers

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/roaming-providers/v2.0`` (operationId ``roamingProvidersListing``)
        """
        from ..models.roaming_provider import RoamingProvider

        return self._client._paginate(
            OPERATIONS["roamingProvidersListing"],
            RoamingProvider,
            query={"filter": filter, "page": page, "per_page": per_page},
            timeout=timeout,
        )

    async def read(
        self,
        roaming_provider: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RoamingProvider:
        """Roaming Provider / Read

        Get a Roaming Provider

        Args:
            roaming_provider: the roamingProvider path parameter

        ``GET /public-api/resources/roaming-providers/v2.0/{roamingProvider}`` (operationId ``roamingProviderRead``)
        """
        from ..models.roaming_provider import RoamingProvider

        return await self._client._request(
            OPERATIONS["roamingProviderRead"],
            RoamingProvider,
            path={"roamingProvider": roaming_provider},
            unwrap="data",
            timeout=timeout,
        )

    async def update(
        self,
        roaming_provider: int,
        *,
        body: (
            RoamingProviderUpdateRequestOption1
            | Mapping[str, Any]
            | RoamingProviderUpdateRequestOption2
        ),
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RoamingProvider:
        """Roaming Provider / Update

        Update Roaming Providers

        Args:
            roaming_provider: the roamingProvider path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/roaming-providers/v2.0/{roamingProvider}`` (operationId ``roamingProviderUpdate``)
        """
        from ..models.roaming_provider import RoamingProvider

        return await self._client._request(
            OPERATIONS["roamingProviderUpdate"],
            RoamingProvider,
            path={"roamingProvider": roaming_provider},
            body=body,
            unwrap="data",
            timeout=timeout,
        )
