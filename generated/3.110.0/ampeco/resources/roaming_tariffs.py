"""Operations of ``client.roaming_tariffs`` (resource / roaming tariffs)."""

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
    from ..models.roaming_tariff import RoamingTariff
    from ..models.roaming_tariff_update_request import RoamingTariffUpdateRequest
    from ..params import RoamingTariffUpdateRequestParam

__all__ = [
    "AsyncRoamingTariffsResource",
    "AsyncRoamingTariffsResourceWithRawResponse",
    "AsyncRoamingTariffsResourceWithStreamingResponse",
    "RoamingTariffsResource",
    "RoamingTariffsResourceWithRawResponse",
    "RoamingTariffsResourceWithStreamingResponse",
]


class RoamingTariffsResource:
    """Synchronous operations of resource / roaming tariffs."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def listing(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[RoamingTariff]:
        """Roaming Tariffs / Listing

        Get all Roaming Tariffs

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/roaming-tariffs/v2.0`` (operationId ``roamingTariffsListing``)
        """
        from ..models.roaming_tariff import RoamingTariff

        return self._client._paginate(
            OPERATIONS["roamingTariffsListing"],
            RoamingTariff,
            query={"page": page, "per_page": per_page},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def read(
        self,
        roaming_tariff: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RoamingTariff:
        """Roaming Tariff / Read

        Get a Roaming Tariff

        Args:
            roaming_tariff: the roamingTariff path parameter

        ``GET /public-api/resources/roaming-tariffs/v2.0/{roamingTariff}`` (operationId ``roamingTariffRead``)
        """
        from ..models.roaming_tariff import RoamingTariff

        return self._client._request(
            OPERATIONS["roamingTariffRead"],
            RoamingTariff,
            path={"roamingTariff": roaming_tariff},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def update(
        self,
        roaming_tariff: int,
        *,
        body: RoamingTariffUpdateRequest | RoamingTariffUpdateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RoamingTariff:
        """Roaming Tariff / Update

        Update Roaming Tariff

        Args:
            roaming_tariff: the roamingTariff path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/roaming-tariffs/v2.0/{roamingTariff}`` (operationId ``roamingTariffUpdate``)
        """
        from ..models.roaming_tariff import RoamingTariff
        from ..models.roaming_tariff_update_request import RoamingTariffUpdateRequest

        return self._client._request(
            OPERATIONS["roamingTariffUpdate"],
            RoamingTariff,
            path={"roamingTariff": roaming_tariff},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=RoamingTariffUpdateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class AsyncRoamingTariffsResource:
    """Asynchronous operations of resource / roaming tariffs."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    def listing(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[RoamingTariff]:
        """Roaming Tariffs / Listing

        Get all Roaming Tariffs

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/roaming-tariffs/v2.0`` (operationId ``roamingTariffsListing``)
        """
        from ..models.roaming_tariff import RoamingTariff

        return self._client._paginate(
            OPERATIONS["roamingTariffsListing"],
            RoamingTariff,
            query={"page": page, "per_page": per_page},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def read(
        self,
        roaming_tariff: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RoamingTariff:
        """Roaming Tariff / Read

        Get a Roaming Tariff

        Args:
            roaming_tariff: the roamingTariff path parameter

        ``GET /public-api/resources/roaming-tariffs/v2.0/{roamingTariff}`` (operationId ``roamingTariffRead``)
        """
        from ..models.roaming_tariff import RoamingTariff

        return await self._client._request(
            OPERATIONS["roamingTariffRead"],
            RoamingTariff,
            path={"roamingTariff": roaming_tariff},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def update(
        self,
        roaming_tariff: int,
        *,
        body: RoamingTariffUpdateRequest | RoamingTariffUpdateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RoamingTariff:
        """Roaming Tariff / Update

        Update Roaming Tariff

        Args:
            roaming_tariff: the roamingTariff path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/roaming-tariffs/v2.0/{roamingTariff}`` (operationId ``roamingTariffUpdate``)
        """
        from ..models.roaming_tariff import RoamingTariff
        from ..models.roaming_tariff_update_request import RoamingTariffUpdateRequest

        return await self._client._request(
            OPERATIONS["roamingTariffUpdate"],
            RoamingTariff,
            path={"roamingTariff": roaming_tariff},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=RoamingTariffUpdateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class RoamingTariffsResourceWithRawResponse:
    """``client.with_raw_response.roaming_tariffs`` of the sync client: each call returns an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: RoamingTariffsResource) -> None:
        self.listing = to_raw_listing(resource.listing)
        self.read = to_raw(resource.read)
        self.update = to_raw(resource.update)


class AsyncRoamingTariffsResourceWithRawResponse:
    """``client.with_raw_response.roaming_tariffs`` of the async client: each call gives an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: AsyncRoamingTariffsResource) -> None:
        self.listing = to_async_raw_listing(resource.listing)
        self.read = to_async_raw(resource.read)
        self.update = to_async_raw(resource.update)


class RoamingTariffsResourceWithStreamingResponse:
    """``client.with_streaming_response.roaming_tariffs`` of the sync client: each call returns a manager: ``with`` it for the unread response."""

    def __init__(self, resource: RoamingTariffsResource) -> None:
        self.listing = to_streamed_listing(resource.listing)
        self.read = to_streamed(resource.read)
        self.update = to_streamed(resource.update)


class AsyncRoamingTariffsResourceWithStreamingResponse:
    """``client.with_streaming_response.roaming_tariffs`` of the async client: each call returns a manager: ``async with`` it for the unread response."""

    def __init__(self, resource: AsyncRoamingTariffsResource) -> None:
        self.listing = to_async_streamed_listing(resource.listing)
        self.read = to_async_streamed(resource.read)
        self.update = to_async_streamed(resource.update)
