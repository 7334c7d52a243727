"""Operations of ``client.electricity_meters`` (resource / electricity meters)."""

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
    from ..models.electricity_meter import ElectricityMeter
    from ..models.electricity_meter_create_request import ElectricityMeterCreateRequest
    from ..models.electricity_meter_report_consumption_request import (
        ElectricityMeterReportConsumptionRequest,
    )
    from ..models.electricity_meter_update_request import ElectricityMeterUpdateRequest
    from ..params import (
        ElectricityMeterCreateRequestParam,
        ElectricityMeterReportConsumptionRequestParam,
        ElectricityMeterUpdateRequestParam,
    )

__all__ = [
    "AsyncElectricityMetersResource",
    "AsyncElectricityMetersResourceWithRawResponse",
    "AsyncElectricityMetersResourceWithStreamingResponse",
    "ElectricityMetersResource",
    "ElectricityMetersResourceWithRawResponse",
    "ElectricityMetersResourceWithStreamingResponse",
]


class ElectricityMetersResource:
    """Synchronous operations of resource / electricity meters."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(
        self,
        *,
        body: ElectricityMeterCreateRequest | ElectricityMeterCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ElectricityMeter:
        """Electricity Meter / Create

        Create a new electricity meter

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/electricity-meters/v1.0`` (operationId ``electricityMeterCreate``)
        """
        from ..models.electricity_meter import ElectricityMeter
        from ..models.electricity_meter_create_request import (
            ElectricityMeterCreateRequest,
        )

        return self._client._request(
            OPERATIONS["electricityMeterCreate"],
            ElectricityMeter,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=ElectricityMeterCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def delete(
        self,
        electricity_meter: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Electricity Meter / Delete

        Delete an electricity meter.

        Args:
            electricity_meter: the electricityMeter path parameter

        ``DELETE /public-api/resources/electricity-meters/v1.0/{electricityMeter}`` (operationId ``electricityMeterDelete``)
        """
        return self._client._request(
            OPERATIONS["electricityMeterDelete"],
            None,
            path={"electricityMeter": electricity_meter},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def lising(
        self,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[ElectricityMeter]:
        """Electricity Meters / Listing

        Get all electricity meters

        Args:
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.

        ``GET /public-api/resources/electricity-meters/v1.0`` (operationId ``electricityMetersLising``)
        """
        from ..models.electricity_meter import ElectricityMeter

        return self._client._paginate(
            OPERATIONS["electricityMetersLising"],
            ElectricityMeter,
            query={"per_page": per_page, "cursor": cursor},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def read(
        self,
        electricity_meter: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ElectricityMeter:
        """Electricity Meter / Read

        Get information for an electricity meter by ID

        Args:
            electricity_meter: the electricityMeter path parameter

        ``GET /public-api/resources/electricity-meters/v1.0/{electricityMeter}`` (operationId ``electricityMeterRead``)
        """
        from ..models.electricity_meter import ElectricityMeter

        return self._client._request(
            OPERATIONS["electricityMeterRead"],
            ElectricityMeter,
            path={"electricityMeter": electricity_meter},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def report_consumption(
        self,
        electricity_meter: int,
        *,
        body: (
            ElectricityMeterReportConsumptionRequest
            | ElectricityMeterReportConsumptionRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Electricity Meter / Report Consumption

        Add an electricity meter report for the meter readings at the current moment

        Args:
            electricity_meter: the electricityMeter path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/electricity-meter/v1.0/{electricityMeter}/report-consumption`` (operationId ``electricityMeterReportConsumption``)
        """
        from ..models.electricity_meter_report_consumption_request import (
            ElectricityMeterReportConsumptionRequest,
        )

        return self._client._request(
            OPERATIONS["electricityMeterReportConsumption"],
            None,
            path={"electricityMeter": electricity_meter},
            body=body,
            timeout=timeout,
            body_type=ElectricityMeterReportConsumptionRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def update(
        self,
        electricity_meter: int,
        *,
        body: ElectricityMeterUpdateRequest | ElectricityMeterUpdateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ElectricityMeter:
        """Electricity Meter / Update

        Update electricity meter

        Args:
            electricity_meter: the electricityMeter path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/electricity-meters/v1.0/{electricityMeter}`` (operationId ``electricityMeterUpdate``)
        """
        from ..models.electricity_meter import ElectricityMeter
        from ..models.electricity_meter_update_request import (
            ElectricityMeterUpdateRequest,
        )

        return self._client._request(
            OPERATIONS["electricityMeterUpdate"],
            ElectricityMeter,
            path={"electricityMeter": electricity_meter},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=ElectricityMeterUpdateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class AsyncElectricityMetersResource:
    """Asynchronous operations of resource / electricity meters."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: ElectricityMeterCreateRequest | ElectricityMeterCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ElectricityMeter:
        """Electricity Meter / Create

        Create a new electricity meter

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/electricity-meters/v1.0`` (operationId ``electricityMeterCreate``)
        """
        from ..models.electricity_meter import ElectricityMeter
        from ..models.electricity_meter_create_request import (
            ElectricityMeterCreateRequest,
        )

        return await self._client._request(
            OPERATIONS["electricityMeterCreate"],
            ElectricityMeter,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=ElectricityMeterCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def delete(
        self,
        electricity_meter: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Electricity Meter / Delete

        Delete an electricity meter.

        Args:
            electricity_meter: the electricityMeter path parameter

        ``DELETE /public-api/resources/electricity-meters/v1.0/{electricityMeter}`` (operationId ``electricityMeterDelete``)
        """
        return await self._client._request(
            OPERATIONS["electricityMeterDelete"],
            None,
            path={"electricityMeter": electricity_meter},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def lising(
        self,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[ElectricityMeter]:
        """Electricity Meters / Listing

        Get all electricity meters

        Args:
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.

        ``GET /public-api/resources/electricity-meters/v1.0`` (operationId ``electricityMetersLising``)
        """
        from ..models.electricity_meter import ElectricityMeter

        return self._client._paginate(
            OPERATIONS["electricityMetersLising"],
            ElectricityMeter,
            query={"per_page": per_page, "cursor": cursor},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def read(
        self,
        electricity_meter: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ElectricityMeter:
        """Electricity Meter / Read

        Get information for an electricity meter by ID

        Args:
            electricity_meter: the electricityMeter path parameter

        ``GET /public-api/resources/electricity-meters/v1.0/{electricityMeter}`` (operationId ``electricityMeterRead``)
        """
        from ..models.electricity_meter import ElectricityMeter

        return await self._client._request(
            OPERATIONS["electricityMeterRead"],
            ElectricityMeter,
            path={"electricityMeter": electricity_meter},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def report_consumption(
        self,
        electricity_meter: int,
        *,
        body: (
            ElectricityMeterReportConsumptionRequest
            | ElectricityMeterReportConsumptionRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Electricity Meter / Report Consumption

        Add an electricity meter report for the meter readings at the current moment

        Args:
            electricity_meter: the electricityMeter path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/electricity-meter/v1.0/{electricityMeter}/report-consumption`` (operationId ``electricityMeterReportConsumption``)
        """
        from ..models.electricity_meter_report_consumption_request import (
            ElectricityMeterReportConsumptionRequest,
        )

        return await self._client._request(
            OPERATIONS["electricityMeterReportConsumption"],
            None,
            path={"electricityMeter": electricity_meter},
            body=body,
            timeout=timeout,
            body_type=ElectricityMeterReportConsumptionRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def update(
        self,
        electricity_meter: int,
        *,
        body: ElectricityMeterUpdateRequest | ElectricityMeterUpdateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ElectricityMeter:
        """Electricity Meter / Update

        Update electricity meter

        Args:
            electricity_meter: the electricityMeter path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/electricity-meters/v1.0/{electricityMeter}`` (operationId ``electricityMeterUpdate``)
        """
        from ..models.electricity_meter import ElectricityMeter
        from ..models.electricity_meter_update_request import (
            ElectricityMeterUpdateRequest,
        )

        return await self._client._request(
            OPERATIONS["electricityMeterUpdate"],
            ElectricityMeter,
            path={"electricityMeter": electricity_meter},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=ElectricityMeterUpdateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class ElectricityMetersResourceWithRawResponse:
    """``client.with_raw_response.electricity_meters`` of the sync client: each call returns an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: ElectricityMetersResource) -> None:
        self.create = to_raw(resource.create)
        self.delete = to_raw(resource.delete)
        self.lising = to_raw_listing(resource.lising)
        self.read = to_raw(resource.read)
        self.report_consumption = to_raw(resource.report_consumption)
        self.update = to_raw(resource.update)


class AsyncElectricityMetersResourceWithRawResponse:
    """``client.with_raw_response.electricity_meters`` of the async client: each call gives an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: AsyncElectricityMetersResource) -> None:
        self.create = to_async_raw(resource.create)
        self.delete = to_async_raw(resource.delete)
        self.lising = to_async_raw_listing(resource.lising)
        self.read = to_async_raw(resource.read)
        self.report_consumption = to_async_raw(resource.report_consumption)
        self.update = to_async_raw(resource.update)


class ElectricityMetersResourceWithStreamingResponse:
    """``client.with_streaming_response.electricity_meters`` of the sync client: each call returns a manager: ``with`` it for the unread response."""

    def __init__(self, resource: ElectricityMetersResource) -> None:
        self.create = to_streamed(resource.create)
        self.delete = to_streamed(resource.delete)
        self.lising = to_streamed_listing(resource.lising)
        self.read = to_streamed(resource.read)
        self.report_consumption = to_streamed(resource.report_consumption)
        self.update = to_streamed(resource.update)


class AsyncElectricityMetersResourceWithStreamingResponse:
    """``client.with_streaming_response.electricity_meters`` of the async client: each call returns a manager: ``async with`` it for the unread response."""

    def __init__(self, resource: AsyncElectricityMetersResource) -> None:
        self.create = to_async_streamed(resource.create)
        self.delete = to_async_streamed(resource.delete)
        self.lising = to_async_streamed_listing(resource.lising)
        self.read = to_async_streamed(resource.read)
        self.report_consumption = to_async_streamed(resource.report_consumption)
        self.update = to_async_streamed(resource.update)
