"""Operations of ``client.roaming_providers`` (resource / roaming providers)."""

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
    from ..params import (
        HubjectParam,
        OcpiOrGireve221Param,
        RoamingProviderUpdateRequestOption1Param,
        RoamingProviderUpdateRequestOption2Param,
        RoamingProvidersListingFilterParam,
    )

__all__ = [
    "AsyncRoamingProvidersResource",
    "AsyncRoamingProvidersResourceWithRawResponse",
    "AsyncRoamingProvidersResourceWithStreamingResponse",
    "RoamingProvidersResource",
    "RoamingProvidersResourceWithRawResponse",
    "RoamingProvidersResourceWithStreamingResponse",
]


class RoamingProvidersResource:
    """Synchronous operations of resource / roaming providers."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(
        self,
        *,
        body: Hubject | HubjectParam | OcpiOrGireve221 | OcpiOrGireve221Param,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def delete(
        self,
        roaming_provider: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def listing(
        self,
        *,
        filter: (
            RoamingProvidersListingFilter | RoamingProvidersListingFilterParam | None
        ) = None,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
        from ..models.roaming_providers_listing_filter import (
            RoamingProvidersListingFilter,
        )

        return self._client._paginate(
            OPERATIONS["roamingProvidersListing"],
            RoamingProvider,
            query={"filter": filter, "page": page, "per_page": per_page},
            timeout=timeout,
            query_types={"filter": RoamingProvidersListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def read(
        self,
        roaming_provider: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def update(
        self,
        roaming_provider: int,
        *,
        body: (
            RoamingProviderUpdateRequestOption1
            | RoamingProviderUpdateRequestOption1Param
            | RoamingProviderUpdateRequestOption2
            | RoamingProviderUpdateRequestOption2Param
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class AsyncRoamingProvidersResource:
    """Asynchronous operations of resource / roaming providers."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: Hubject | HubjectParam | OcpiOrGireve221 | OcpiOrGireve221Param,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def delete(
        self,
        roaming_provider: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def listing(
        self,
        *,
        filter: (
            RoamingProvidersListingFilter | RoamingProvidersListingFilterParam | None
        ) = None,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
        from ..models.roaming_providers_listing_filter import (
            RoamingProvidersListingFilter,
        )

        return self._client._paginate(
            OPERATIONS["roamingProvidersListing"],
            RoamingProvider,
            query={"filter": filter, "page": page, "per_page": per_page},
            timeout=timeout,
            query_types={"filter": RoamingProvidersListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def read(
        self,
        roaming_provider: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def update(
        self,
        roaming_provider: int,
        *,
        body: (
            RoamingProviderUpdateRequestOption1
            | RoamingProviderUpdateRequestOption1Param
            | RoamingProviderUpdateRequestOption2
            | RoamingProviderUpdateRequestOption2Param
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class RoamingProvidersResourceWithRawResponse:
    """``client.with_raw_response.roaming_providers`` of the sync client: each call returns an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: RoamingProvidersResource) -> None:
        self.create = to_raw(resource.create)
        self.delete = to_raw(resource.delete)
        self.listing = to_raw_listing(resource.listing)
        self.read = to_raw(resource.read)
        self.update = to_raw(resource.update)


class AsyncRoamingProvidersResourceWithRawResponse:
    """``client.with_raw_response.roaming_providers`` of the async client: each call gives an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: AsyncRoamingProvidersResource) -> None:
        self.create = to_async_raw(resource.create)
        self.delete = to_async_raw(resource.delete)
        self.listing = to_async_raw_listing(resource.listing)
        self.read = to_async_raw(resource.read)
        self.update = to_async_raw(resource.update)


class RoamingProvidersResourceWithStreamingResponse:
    """``client.with_streaming_response.roaming_providers`` of the sync client: each call returns a manager: ``with`` it for the unread response."""

    def __init__(self, resource: RoamingProvidersResource) -> None:
        self.create = to_streamed(resource.create)
        self.delete = to_streamed(resource.delete)
        self.listing = to_streamed_listing(resource.listing)
        self.read = to_streamed(resource.read)
        self.update = to_streamed(resource.update)


class AsyncRoamingProvidersResourceWithStreamingResponse:
    """``client.with_streaming_response.roaming_providers`` of the async client: each call returns a manager: ``async with`` it for the unread response."""

    def __init__(self, resource: AsyncRoamingProvidersResource) -> None:
        self.create = to_async_streamed(resource.create)
        self.delete = to_async_streamed(resource.delete)
        self.listing = to_async_streamed_listing(resource.listing)
        self.read = to_async_streamed(resource.read)
        self.update = to_async_streamed(resource.update)
