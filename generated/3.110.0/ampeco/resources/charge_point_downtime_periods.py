"""Operations of ``client.charge_point_downtime_periods`` (resource / charge point downtime periods)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._operations import OPERATIONS
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

__all__ = [
    "AsyncChargePointDowntimePeriodsResource",
    "ChargePointDowntimePeriodsResource",
]


class ChargePointDowntimePeriodsResource:
    """Synchronous operations of resource / charge point downtime periods."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(
        self,
        *,
        body: (
            ChargePointDowntimePeriodCreateRequest | Mapping[str, Any] | NotGiven
        ) = NOT_GIVEN,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointDowntimePeriod:
        """Charge Point Downtime Period / Create

        Create Manual Exempt Charge Point Downtime Period

        Args:
            body: the request body (optional); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/charge-point-downtime-periods/v1.0`` (operationId ``chargePointDowntimePeriodCreate``)
        """
        from ..models.charge_point_downtime_period import ChargePointDowntimePeriod

        return self._client._request(
            OPERATIONS["chargePointDowntimePeriodCreate"],
            ChargePointDowntimePeriod,
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    def delete(
        self,
        charge_point_downtime_period: int,
        *,
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
        )

    def listing(
        self,
        *,
        per_page: int | None = None,
        filter: (
            ChargePointDowntimePeriodsListingFilter | Mapping[str, Any] | None
        ) = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[ChargePointDowntimePeriod]:
        """Charge Point Downtime Periods / Listing

        Get all Charge Point Downtime Periods

        Args:
            per_page: The numbers of items to return

        ``GET /public-api/resources/charge-point-downtime-periods/v1.0`` (operationId ``chargePointDowntimePeriodsListing``)
        """
        from ..models.charge_point_downtime_period import ChargePointDowntimePeriod

        return self._client._paginate(
            OPERATIONS["chargePointDowntimePeriodsListing"],
            ChargePointDowntimePeriod,
            query={"per_page": per_page, "filter": filter},
            timeout=timeout,
        )

    def read(
        self,
        charge_point_downtime_period: int,
        *,
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
        )

    def update(
        self,
        charge_point_downtime_period: int,
        *,
        body: (
            ChargePointDowntimePeriodUpdateRequest | Mapping[str, Any] | NotGiven
        ) = NOT_GIVEN,
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

        return self._client._request(
            OPERATIONS["chargePointDowntimePeriodUpdate"],
            ChargePointDowntimePeriod,
            path={"chargePointDowntimePeriod": charge_point_downtime_period},
            body=body,
            unwrap="data",
            timeout=timeout,
        )


class AsyncChargePointDowntimePeriodsResource:
    """Asynchronous operations of resource / charge point downtime periods."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: (
            ChargePointDowntimePeriodCreateRequest | Mapping[str, Any] | NotGiven
        ) = NOT_GIVEN,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointDowntimePeriod:
        """Charge Point Downtime Period / Create

        Create Manual Exempt Charge Point Downtime Period

        Args:
            body: the request body (optional); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/charge-point-downtime-periods/v1.0`` (operationId ``chargePointDowntimePeriodCreate``)
        """
        from ..models.charge_point_downtime_period import ChargePointDowntimePeriod

        return await self._client._request(
            OPERATIONS["chargePointDowntimePeriodCreate"],
            ChargePointDowntimePeriod,
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    async def delete(
        self,
        charge_point_downtime_period: int,
        *,
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
        )

    def listing(
        self,
        *,
        per_page: int | None = None,
        filter: (
            ChargePointDowntimePeriodsListingFilter | Mapping[str, Any] | None
        ) = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[ChargePointDowntimePeriod]:
        """Charge Point Downtime Periods / Listing

        Get all Charge Point Downtime Periods

        Args:
            per_page: The numbers of items to return

        ``GET /public-api/resources/charge-point-downtime-periods/v1.0`` (operationId ``chargePointDowntimePeriodsListing``)
        """
        from ..models.charge_point_downtime_period import ChargePointDowntimePeriod

        return self._client._paginate(
            OPERATIONS["chargePointDowntimePeriodsListing"],
            ChargePointDowntimePeriod,
            query={"per_page": per_page, "filter": filter},
            timeout=timeout,
        )

    async def read(
        self,
        charge_point_downtime_period: int,
        *,
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
        )

    async def update(
        self,
        charge_point_downtime_period: int,
        *,
        body: (
            ChargePointDowntimePeriodUpdateRequest | Mapping[str, Any] | NotGiven
        ) = NOT_GIVEN,
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

        return await self._client._request(
            OPERATIONS["chargePointDowntimePeriodUpdate"],
            ChargePointDowntimePeriod,
            path={"chargePointDowntimePeriod": charge_point_downtime_period},
            body=body,
            unwrap="data",
            timeout=timeout,
        )
