"""Operations of ``client.evse_downtime_periods`` (resource / evse downtime periods)."""

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
    from ..models.charge_point_downtime_period_update_request import (
        ChargePointDowntimePeriodUpdateRequest,
    )
    from ..models.evse_downtime_period import EvseDowntimePeriod
    from ..models.evse_downtime_period_create_request import (
        EvseDowntimePeriodCreateRequest,
    )
    from ..models.evse_downtime_periods_listing_filter import (
        EvseDowntimePeriodsListingFilter,
    )
    from ..params import (
        ChargePointDowntimePeriodUpdateRequestParam,
        EvseDowntimePeriodCreateRequestParam,
        EvseDowntimePeriodsListingFilterParam,
    )

__all__ = [
    "AsyncEvseDowntimePeriodsResource",
    "AsyncEvseDowntimePeriodsResourceWithRawResponse",
    "AsyncEvseDowntimePeriodsResourceWithStreamingResponse",
    "EvseDowntimePeriodsResource",
    "EvseDowntimePeriodsResourceWithRawResponse",
    "EvseDowntimePeriodsResourceWithStreamingResponse",
]


class EvseDowntimePeriodsResource:
    """Synchronous operations of resource / evse downtime periods."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(
        self,
        *,
        body: (
            EvseDowntimePeriodCreateRequest
            | EvseDowntimePeriodCreateRequestParam
            | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> EvseDowntimePeriod:
        """EVSE Downtime Period / Create

        Create Manual Exempt EVSE Downtime Period

        Args:
            body: the request body (optional); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/evse-downtime-periods/v1.0`` (operationId ``evseDowntimePeriodCreate``)
        """
        from ..models.evse_downtime_period import EvseDowntimePeriod
        from ..models.evse_downtime_period_create_request import (
            EvseDowntimePeriodCreateRequest,
        )

        return self._client._request(
            OPERATIONS["evseDowntimePeriodCreate"],
            EvseDowntimePeriod,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=EvseDowntimePeriodCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def delete(
        self,
        evse_downtime_period: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """EVSE Downtime Period / Delete

        Delete Manual Created EVSE Downtime Period

        Args:
            evse_downtime_period: the evseDowntimePeriod path parameter

        ``DELETE /public-api/resources/evse-downtime-periods/v1.0/{evseDowntimePeriod}`` (operationId ``evseDowntimePeriodDelete``)
        """
        return self._client._request(
            OPERATIONS["evseDowntimePeriodDelete"],
            None,
            path={"evseDowntimePeriod": evse_downtime_period},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def listing(
        self,
        *,
        per_page: int | None = None,
        filter: (
            EvseDowntimePeriodsListingFilter
            | EvseDowntimePeriodsListingFilterParam
            | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[EvseDowntimePeriod]:
        """EVSE Downtime Periods / Listing

        Get all EVSE Downtime Periods

        Args:
            per_page: The numbers of items to return

        ``GET /public-api/resources/evse-downtime-periods/v1.0`` (operationId ``evseDowntimePeriodsListing``)
        """
        from ..models.evse_downtime_period import EvseDowntimePeriod
        from ..models.evse_downtime_periods_listing_filter import (
            EvseDowntimePeriodsListingFilter,
        )

        return self._client._paginate(
            OPERATIONS["evseDowntimePeriodsListing"],
            EvseDowntimePeriod,
            query={"per_page": per_page, "filter": filter},
            timeout=timeout,
            query_types={"filter": EvseDowntimePeriodsListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def read(
        self,
        evse_downtime_period: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> EvseDowntimePeriod:
        """EVSE Downtime Period / Read

        Get EVSE Downtime Period

        Args:
            evse_downtime_period: the evseDowntimePeriod path parameter

        ``GET /public-api/resources/evse-downtime-periods/v1.0/{evseDowntimePeriod}`` (operationId ``evseDowntimePeriodRead``)
        """
        from ..models.evse_downtime_period import EvseDowntimePeriod

        return self._client._request(
            OPERATIONS["evseDowntimePeriodRead"],
            EvseDowntimePeriod,
            path={"evseDowntimePeriod": evse_downtime_period},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def update(
        self,
        evse_downtime_period: int,
        *,
        body: (
            ChargePointDowntimePeriodUpdateRequest
            | ChargePointDowntimePeriodUpdateRequestParam
            | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> EvseDowntimePeriod:
        """EVSE Downtime Period / Update

        Update EVSE Downtime Period

        Args:
            evse_downtime_period: the evseDowntimePeriod path parameter
            body: the request body (optional); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/evse-downtime-periods/v1.0/{evseDowntimePeriod}`` (operationId ``evseDowntimePeriodUpdate``)
        """
        from ..models.charge_point_downtime_period_update_request import (
            ChargePointDowntimePeriodUpdateRequest,
        )
        from ..models.evse_downtime_period import EvseDowntimePeriod

        return self._client._request(
            OPERATIONS["evseDowntimePeriodUpdate"],
            EvseDowntimePeriod,
            path={"evseDowntimePeriod": evse_downtime_period},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=ChargePointDowntimePeriodUpdateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class AsyncEvseDowntimePeriodsResource:
    """Asynchronous operations of resource / evse downtime periods."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: (
            EvseDowntimePeriodCreateRequest
            | EvseDowntimePeriodCreateRequestParam
            | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> EvseDowntimePeriod:
        """EVSE Downtime Period / Create

        Create Manual Exempt EVSE Downtime Period

        Args:
            body: the request body (optional); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/evse-downtime-periods/v1.0`` (operationId ``evseDowntimePeriodCreate``)
        """
        from ..models.evse_downtime_period import EvseDowntimePeriod
        from ..models.evse_downtime_period_create_request import (
            EvseDowntimePeriodCreateRequest,
        )

        return await self._client._request(
            OPERATIONS["evseDowntimePeriodCreate"],
            EvseDowntimePeriod,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=EvseDowntimePeriodCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def delete(
        self,
        evse_downtime_period: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """EVSE Downtime Period / Delete

        Delete Manual Created EVSE Downtime Period

        Args:
            evse_downtime_period: the evseDowntimePeriod path parameter

        ``DELETE /public-api/resources/evse-downtime-periods/v1.0/{evseDowntimePeriod}`` (operationId ``evseDowntimePeriodDelete``)
        """
        return await self._client._request(
            OPERATIONS["evseDowntimePeriodDelete"],
            None,
            path={"evseDowntimePeriod": evse_downtime_period},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def listing(
        self,
        *,
        per_page: int | None = None,
        filter: (
            EvseDowntimePeriodsListingFilter
            | EvseDowntimePeriodsListingFilterParam
            | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[EvseDowntimePeriod]:
        """EVSE Downtime Periods / Listing

        Get all EVSE Downtime Periods

        Args:
            per_page: The numbers of items to return

        ``GET /public-api/resources/evse-downtime-periods/v1.0`` (operationId ``evseDowntimePeriodsListing``)
        """
        from ..models.evse_downtime_period import EvseDowntimePeriod
        from ..models.evse_downtime_periods_listing_filter import (
            EvseDowntimePeriodsListingFilter,
        )

        return self._client._paginate(
            OPERATIONS["evseDowntimePeriodsListing"],
            EvseDowntimePeriod,
            query={"per_page": per_page, "filter": filter},
            timeout=timeout,
            query_types={"filter": EvseDowntimePeriodsListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def read(
        self,
        evse_downtime_period: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> EvseDowntimePeriod:
        """EVSE Downtime Period / Read

        Get EVSE Downtime Period

        Args:
            evse_downtime_period: the evseDowntimePeriod path parameter

        ``GET /public-api/resources/evse-downtime-periods/v1.0/{evseDowntimePeriod}`` (operationId ``evseDowntimePeriodRead``)
        """
        from ..models.evse_downtime_period import EvseDowntimePeriod

        return await self._client._request(
            OPERATIONS["evseDowntimePeriodRead"],
            EvseDowntimePeriod,
            path={"evseDowntimePeriod": evse_downtime_period},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def update(
        self,
        evse_downtime_period: int,
        *,
        body: (
            ChargePointDowntimePeriodUpdateRequest
            | ChargePointDowntimePeriodUpdateRequestParam
            | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> EvseDowntimePeriod:
        """EVSE Downtime Period / Update

        Update EVSE Downtime Period

        Args:
            evse_downtime_period: the evseDowntimePeriod path parameter
            body: the request body (optional); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/evse-downtime-periods/v1.0/{evseDowntimePeriod}`` (operationId ``evseDowntimePeriodUpdate``)
        """
        from ..models.charge_point_downtime_period_update_request import (
            ChargePointDowntimePeriodUpdateRequest,
        )
        from ..models.evse_downtime_period import EvseDowntimePeriod

        return await self._client._request(
            OPERATIONS["evseDowntimePeriodUpdate"],
            EvseDowntimePeriod,
            path={"evseDowntimePeriod": evse_downtime_period},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=ChargePointDowntimePeriodUpdateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class EvseDowntimePeriodsResourceWithRawResponse:
    """``client.with_raw_response.evse_downtime_periods`` of the sync client: each call returns an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: EvseDowntimePeriodsResource) -> None:
        self.create = to_raw(resource.create)
        self.delete = to_raw(resource.delete)
        self.listing = to_raw_listing(resource.listing)
        self.read = to_raw(resource.read)
        self.update = to_raw(resource.update)


class AsyncEvseDowntimePeriodsResourceWithRawResponse:
    """``client.with_raw_response.evse_downtime_periods`` of the async client: each call gives an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: AsyncEvseDowntimePeriodsResource) -> None:
        self.create = to_async_raw(resource.create)
        self.delete = to_async_raw(resource.delete)
        self.listing = to_async_raw_listing(resource.listing)
        self.read = to_async_raw(resource.read)
        self.update = to_async_raw(resource.update)


class EvseDowntimePeriodsResourceWithStreamingResponse:
    """``client.with_streaming_response.evse_downtime_periods`` of the sync client: each call returns a manager: ``with`` it for the unread response."""

    def __init__(self, resource: EvseDowntimePeriodsResource) -> None:
        self.create = to_streamed(resource.create)
        self.delete = to_streamed(resource.delete)
        self.listing = to_streamed_listing(resource.listing)
        self.read = to_streamed(resource.read)
        self.update = to_streamed(resource.update)


class AsyncEvseDowntimePeriodsResourceWithStreamingResponse:
    """``client.with_streaming_response.evse_downtime_periods`` of the async client: each call returns a manager: ``async with`` it for the unread response."""

    def __init__(self, resource: AsyncEvseDowntimePeriodsResource) -> None:
        self.create = to_async_streamed(resource.create)
        self.delete = to_async_streamed(resource.delete)
        self.listing = to_async_streamed_listing(resource.listing)
        self.read = to_async_streamed(resource.read)
        self.update = to_async_streamed(resource.update)
