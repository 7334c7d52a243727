"""Operations of ``client.charge_point_downtime_periods`` (resource / charge point downtime periods)."""

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
    from ..models.charge_point_downtime_period import ChargePointDowntimePeriod
    from ..models.charge_point_downtime_period_create_request import (
        ChargePointDowntimePeriodCreateRequest,
    )
    from ..models.charge_point_downtime_period_update_request import (
        ChargePointDowntimePeriodUpdateRequest,
    )
    from ..models.charge_point_downtime_periods_listing_filter import (
        ChargePointDowntimePeriodsListingFilter,
    )
    from ..params import (
        ChargePointDowntimePeriodCreateRequestParam,
        ChargePointDowntimePeriodUpdateRequestParam,
        ChargePointDowntimePeriodsListingFilterParam,
    )

__all__ = [
    "AsyncChargePointDowntimePeriodsResource",
    "AsyncChargePointDowntimePeriodsResourceWithRawResponse",
    "AsyncChargePointDowntimePeriodsResourceWithStreamingResponse",
    "ChargePointDowntimePeriodsResource",
    "ChargePointDowntimePeriodsResourceWithRawResponse",
    "ChargePointDowntimePeriodsResourceWithStreamingResponse",
]


class ChargePointDowntimePeriodsResource:
    """Synchronous operations of resource / charge point downtime periods."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(
        self,
        *,
        body: (
            ChargePointDowntimePeriodCreateRequest
            | ChargePointDowntimePeriodCreateRequestParam
            | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointDowntimePeriod:
        """Charge Point Downtime Period / Create

        Create Manual Exempt Charge Point Downtime Period

        Args:
            body: the request body (optional); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/charge-point-downtime-periods/v1.0`` (operationId ``chargePointDowntimePeriodCreate``)
        """
        from ..models.charge_point_downtime_period import ChargePointDowntimePeriod
        from ..models.charge_point_downtime_period_create_request import (
            ChargePointDowntimePeriodCreateRequest,
        )

        return self._client._request(
            OPERATIONS["chargePointDowntimePeriodCreate"],
            ChargePointDowntimePeriod,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=ChargePointDowntimePeriodCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def delete(
        self,
        charge_point_downtime_period: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Charge Point Downtime Period / Delete

        Delete Manual Created Charge Point Downtime Period

        Args:
            charge_point_downtime_period: the chargePointDowntimePeriod path parameter

        ``DELETE /public-api/resources/charge-point-downtime-periods/v1.0/{chargePointDowntimePeriod}`` (operationId ``chargePointDowntimePeriodDelete``)
        """
        return self._client._request(
            OPERATIONS["chargePointDowntimePeriodDelete"],
            None,
            path={"chargePointDowntimePeriod": charge_point_downtime_period},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def listing(
        self,
        *,
        per_page: int | None = None,
        filter: (
            ChargePointDowntimePeriodsListingFilter
            | ChargePointDowntimePeriodsListingFilterParam
            | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[ChargePointDowntimePeriod]:
        """Charge Point Downtime Periods / Listing

        Get all Charge Point Downtime Periods

        Args:
            per_page: The numbers of items to return

        ``GET /public-api/resources/charge-point-downtime-periods/v1.0`` (operationId ``chargePointDowntimePeriodsListing``)
        """
        from ..models.charge_point_downtime_period import ChargePointDowntimePeriod
        from ..models.charge_point_downtime_periods_listing_filter import (
            ChargePointDowntimePeriodsListingFilter,
        )

        return self._client._paginate(
            OPERATIONS["chargePointDowntimePeriodsListing"],
            ChargePointDowntimePeriod,
            query={"per_page": per_page, "filter": filter},
            timeout=timeout,
            query_types={"filter": ChargePointDowntimePeriodsListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def read(
        self,
        charge_point_downtime_period: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointDowntimePeriod:
        """Charge Point Downtime Period / Read

        Get Charge Point Downtime Period

        Args:
            charge_point_downtime_period: the chargePointDowntimePeriod path parameter

        ``GET /public-api/resources/charge-point-downtime-periods/v1.0/{chargePointDowntimePeriod}`` (operationId ``chargePointDowntimePeriodRead``)
        """
        from ..models.charge_point_downtime_period import ChargePointDowntimePeriod

        return self._client._request(
            OPERATIONS["chargePointDowntimePeriodRead"],
            ChargePointDowntimePeriod,
            path={"chargePointDowntimePeriod": charge_point_downtime_period},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def update(
        self,
        charge_point_downtime_period: int,
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
    ) -> ChargePointDowntimePeriod:
        """Charge Point Downtime Period / Update

        Update Charge Point Downtime Period

        Args:
            charge_point_downtime_period: the chargePointDowntimePeriod path parameter
            body: the request body (optional); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/charge-point-downtime-periods/v1.0/{chargePointDowntimePeriod}`` (operationId ``chargePointDowntimePeriodUpdate``)
        """
        from ..models.charge_point_downtime_period import ChargePointDowntimePeriod
        from ..models.charge_point_downtime_period_update_request import (
            ChargePointDowntimePeriodUpdateRequest,
        )

        return self._client._request(
            OPERATIONS["chargePointDowntimePeriodUpdate"],
            ChargePointDowntimePeriod,
            path={"chargePointDowntimePeriod": charge_point_downtime_period},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=ChargePointDowntimePeriodUpdateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class AsyncChargePointDowntimePeriodsResource:
    """Asynchronous operations of resource / charge point downtime periods."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: (
            ChargePointDowntimePeriodCreateRequest
            | ChargePointDowntimePeriodCreateRequestParam
            | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointDowntimePeriod:
        """Charge Point Downtime Period / Create

        Create Manual Exempt Charge Point Downtime Period

        Args:
            body: the request body (optional); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/charge-point-downtime-periods/v1.0`` (operationId ``chargePointDowntimePeriodCreate``)
        """
        from ..models.charge_point_downtime_period import ChargePointDowntimePeriod
        from ..models.charge_point_downtime_period_create_request import (
            ChargePointDowntimePeriodCreateRequest,
        )

        return await self._client._request(
            OPERATIONS["chargePointDowntimePeriodCreate"],
            ChargePointDowntimePeriod,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=ChargePointDowntimePeriodCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def delete(
        self,
        charge_point_downtime_period: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Charge Point Downtime Period / Delete

        Delete Manual Created Charge Point Downtime Period

        Args:
            charge_point_downtime_period: the chargePointDowntimePeriod path parameter

        ``DELETE /public-api/resources/charge-point-downtime-periods/v1.0/{chargePointDowntimePeriod}`` (operationId ``chargePointDowntimePeriodDelete``)
        """
        return await self._client._request(
            OPERATIONS["chargePointDowntimePeriodDelete"],
            None,
            path={"chargePointDowntimePeriod": charge_point_downtime_period},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def listing(
        self,
        *,
        per_page: int | None = None,
        filter: (
            ChargePointDowntimePeriodsListingFilter
            | ChargePointDowntimePeriodsListingFilterParam
            | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[ChargePointDowntimePeriod]:
        """Charge Point Downtime Periods / Listing

        Get all Charge Point Downtime Periods

        Args:
            per_page: The numbers of items to return

        ``GET /public-api/resources/charge-point-downtime-periods/v1.0`` (operationId ``chargePointDowntimePeriodsListing``)
        """
        from ..models.charge_point_downtime_period import ChargePointDowntimePeriod
        from ..models.charge_point_downtime_periods_listing_filter import (
            ChargePointDowntimePeriodsListingFilter,
        )

        return self._client._paginate(
            OPERATIONS["chargePointDowntimePeriodsListing"],
            ChargePointDowntimePeriod,
            query={"per_page": per_page, "filter": filter},
            timeout=timeout,
            query_types={"filter": ChargePointDowntimePeriodsListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def read(
        self,
        charge_point_downtime_period: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointDowntimePeriod:
        """Charge Point Downtime Period / Read

        Get Charge Point Downtime Period

        Args:
            charge_point_downtime_period: the chargePointDowntimePeriod path parameter

        ``GET /public-api/resources/charge-point-downtime-periods/v1.0/{chargePointDowntimePeriod}`` (operationId ``chargePointDowntimePeriodRead``)
        """
        from ..models.charge_point_downtime_period import ChargePointDowntimePeriod

        return await self._client._request(
            OPERATIONS["chargePointDowntimePeriodRead"],
            ChargePointDowntimePeriod,
            path={"chargePointDowntimePeriod": charge_point_downtime_period},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def update(
        self,
        charge_point_downtime_period: int,
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
    ) -> ChargePointDowntimePeriod:
        """Charge Point Downtime Period / Update

        Update Charge Point Downtime Period

        Args:
            charge_point_downtime_period: the chargePointDowntimePeriod path parameter
            body: the request body (optional); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/charge-point-downtime-periods/v1.0/{chargePointDowntimePeriod}`` (operationId ``chargePointDowntimePeriodUpdate``)
        """
        from ..models.charge_point_downtime_period import ChargePointDowntimePeriod
        from ..models.charge_point_downtime_period_update_request import (
            ChargePointDowntimePeriodUpdateRequest,
        )

        return await self._client._request(
            OPERATIONS["chargePointDowntimePeriodUpdate"],
            ChargePointDowntimePeriod,
            path={"chargePointDowntimePeriod": charge_point_downtime_period},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=ChargePointDowntimePeriodUpdateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class ChargePointDowntimePeriodsResourceWithRawResponse:
    """``client.with_raw_response.charge_point_downtime_periods`` of the sync client: each call returns an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: ChargePointDowntimePeriodsResource) -> None:
        self.create = to_raw(resource.create)
        self.delete = to_raw(resource.delete)
        self.listing = to_raw_listing(resource.listing)
        self.read = to_raw(resource.read)
        self.update = to_raw(resource.update)


class AsyncChargePointDowntimePeriodsResourceWithRawResponse:
    """``client.with_raw_response.charge_point_downtime_periods`` of the async client: each call gives an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: AsyncChargePointDowntimePeriodsResource) -> None:
        self.create = to_async_raw(resource.create)
        self.delete = to_async_raw(resource.delete)
        self.listing = to_async_raw_listing(resource.listing)
        self.read = to_async_raw(resource.read)
        self.update = to_async_raw(resource.update)


class ChargePointDowntimePeriodsResourceWithStreamingResponse:
    """``client.with_streaming_response.charge_point_downtime_periods`` of the sync client: each call returns a manager: ``with`` it for the unread response."""

    def __init__(self, resource: ChargePointDowntimePeriodsResource) -> None:
        self.create = to_streamed(resource.create)
        self.delete = to_streamed(resource.delete)
        self.listing = to_streamed_listing(resource.listing)
        self.read = to_streamed(resource.read)
        self.update = to_streamed(resource.update)


class AsyncChargePointDowntimePeriodsResourceWithStreamingResponse:
    """``client.with_streaming_response.charge_point_downtime_periods`` of the async client: each call returns a manager: ``async with`` it for the unread response."""

    def __init__(self, resource: AsyncChargePointDowntimePeriodsResource) -> None:
        self.create = to_async_streamed(resource.create)
        self.delete = to_async_streamed(resource.delete)
        self.listing = to_async_streamed_listing(resource.listing)
        self.read = to_async_streamed(resource.read)
        self.update = to_async_streamed(resource.update)
