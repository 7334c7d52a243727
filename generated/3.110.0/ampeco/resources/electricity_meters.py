"""Operations of ``client.electricity_meters`` (resource / electricity meters)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._operations import OPERATIONS
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

__all__ = ["AsyncElectricityMetersResource", "ElectricityMetersResource"]


class ElectricityMetersResource:
    """Synchronous operations of resource / electricity meters."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(
        self,
        *,
        body: ElectricityMeterCreateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ElectricityMeter:
        """Electricity Meter / Create

        Create a new electricity meter

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/electricity-meters/v1.0`` (operationId ``electricityMeterCreate``)
        """
        from ..models.electricity_meter import ElectricityMeter

        return self._client._request(
            OPERATIONS["electricityMeterCreate"],
            ElectricityMeter,
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    def delete(
        self,
        electricity_meter: int,
        *,
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
        )

    def lising(
        self,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
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
        )

    def read(
        self,
        electricity_meter: int,
        *,
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
        )

    def report_consumption(
        self,
        electricity_meter: int,
        *,
        body: ElectricityMeterReportConsumptionRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Electricity Meter / Report Consumption

        Add an electricity meter report for the meter readings at the current moment

        Args:
            electricity_meter: the electricityMeter path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/electricity-meter/v1.0/{electricityMeter}/report-consumption`` (operationId ``electricityMeterReportConsumption``)
        """
        return self._client._request(
            OPERATIONS["electricityMeterReportConsumption"],
            None,
            path={"electricityMeter": electricity_meter},
            body=body,
            timeout=timeout,
        )

    def update(
        self,
        electricity_meter: int,
        *,
        body: ElectricityMeterUpdateRequest | Mapping[str, Any],
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

        return self._client._request(
            OPERATIONS["electricityMeterUpdate"],
            ElectricityMeter,
            path={"electricityMeter": electricity_meter},
            body=body,
            unwrap="data",
            timeout=timeout,
        )


class AsyncElectricityMetersResource:
    """Asynchronous operations of resource / electricity meters."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: ElectricityMeterCreateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ElectricityMeter:
        """Electricity Meter / Create

        Create a new electricity meter

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/electricity-meters/v1.0`` (operationId ``electricityMeterCreate``)
        """
        from ..models.electricity_meter import ElectricityMeter

        return await self._client._request(
            OPERATIONS["electricityMeterCreate"],
            ElectricityMeter,
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    async def delete(
        self,
        electricity_meter: int,
        *,
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
        )

    def lising(
        self,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
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
        )

    async def read(
        self,
        electricity_meter: int,
        *,
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
        )

    async def report_consumption(
        self,
        electricity_meter: int,
        *,
        body: ElectricityMeterReportConsumptionRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Electricity Meter / Report Consumption

        Add an electricity meter report for the meter readings at the current moment

        Args:
            electricity_meter: the electricityMeter path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/electricity-meter/v1.0/{electricityMeter}/report-consumption`` (operationId ``electricityMeterReportConsumption``)
        """
        return await self._client._request(
            OPERATIONS["electricityMeterReportConsumption"],
            None,
            path={"electricityMeter": electricity_meter},
            body=body,
            timeout=timeout,
        )

    async def update(
        self,
        electricity_meter: int,
        *,
        body: ElectricityMeterUpdateRequest | Mapping[str, Any],
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

        return await self._client._request(
            OPERATIONS["electricityMeterUpdate"],
            ElectricityMeter,
            path={"electricityMeter": electricity_meter},
            body=body,
            unwrap="data",
            timeout=timeout,
        )
