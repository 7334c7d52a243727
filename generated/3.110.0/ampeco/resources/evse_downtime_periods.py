"""Operations of ``client.evse_downtime_periods`` (resource / evse downtime periods)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._operations import OPERATIONS
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

__all__ = ["AsyncEvseDowntimePeriodsResource", "EvseDowntimePeriodsResource"]


class EvseDowntimePeriodsResource:
    """Synchronous operations of resource / evse downtime periods."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(
        self,
        *,
        body: (
            EvseDowntimePeriodCreateRequest | Mapping[str, Any] | NotGiven
        ) = NOT_GIVEN,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> EvseDowntimePeriod:
        """EVSE Downtime Period / Create

        Create Manual Exempt EVSE Downtime Period

        Args:
            body: the request body (optional); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/evse-downtime-periods/v1.0`` (operationId ``evseDowntimePeriodCreate``)
        """
        from ..models.evse_downtime_period import EvseDowntimePeriod

        return self._client._request(
            OPERATIONS["evseDowntimePeriodCreate"],
            EvseDowntimePeriod,
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    def delete(
        self,
        evse_downtime_period: int,
        *,
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
        )

    def listing(
        self,
        *,
        per_page: int | None = None,
        filter: EvseDowntimePeriodsListingFilter | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[EvseDowntimePeriod]:
        """EVSE Downtime Periods / Listing

        Get all EVSE Downtime Periods

        Args:
            per_page: The numbers of items to return

        ``GET /public-api/resources/evse-downtime-periods/v1.0`` (operationId ``evseDowntimePeriodsListing``)
        """
        from ..models.evse_downtime_period import EvseDowntimePeriod

        return self._client._paginate(
            OPERATIONS["evseDowntimePeriodsListing"],
            EvseDowntimePeriod,
            query={"per_page": per_page, "filter": filter},
            timeout=timeout,
        )

    def read(
        self,
        evse_downtime_period: int,
        *,
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
        )

    def update(
        self,
        evse_downtime_period: int,
        *,
        body: (
            ChargePointDowntimePeriodUpdateRequest | Mapping[str, Any] | NotGiven
        ) = NOT_GIVEN,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> EvseDowntimePeriod:
        """EVSE Downtime Period / Update

        Update EVSE Downtime Period

        Args:
            evse_downtime_period: the evseDowntimePeriod path parameter
            body: the request body (optional); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/evse-downtime-periods/v1.0/{evseDowntimePeriod}`` (operationId ``evseDowntimePeriodUpdate``)
        """
        from ..models.evse_downtime_period import EvseDowntimePeriod

        return self._client._request(
            OPERATIONS["evseDowntimePeriodUpdate"],
            EvseDowntimePeriod,
            path={"evseDowntimePeriod": evse_downtime_period},
            body=body,
            unwrap="data",
            timeout=timeout,
        )


class AsyncEvseDowntimePeriodsResource:
    """Asynchronous operations of resource / evse downtime periods."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: (
            EvseDowntimePeriodCreateRequest | Mapping[str, Any] | NotGiven
        ) = NOT_GIVEN,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> EvseDowntimePeriod:
        """EVSE Downtime Period / Create

        Create Manual Exempt EVSE Downtime Period

        Args:
            body: the request body (optional); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/evse-downtime-periods/v1.0`` (operationId ``evseDowntimePeriodCreate``)
        """
        from ..models.evse_downtime_period import EvseDowntimePeriod

        return await self._client._request(
            OPERATIONS["evseDowntimePeriodCreate"],
            EvseDowntimePeriod,
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    async def delete(
        self,
        evse_downtime_period: int,
        *,
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
        )

    def listing(
        self,
        *,
        per_page: int | None = None,
        filter: EvseDowntimePeriodsListingFilter | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[EvseDowntimePeriod]:
        """EVSE Downtime Periods / Listing

        Get all EVSE Downtime Periods

        Args:
            per_page: The numbers of items to return

        ``GET /public-api/resources/evse-downtime-periods/v1.0`` (operationId ``evseDowntimePeriodsListing``)
        """
        from ..models.evse_downtime_period import EvseDowntimePeriod

        return self._client._paginate(
            OPERATIONS["evseDowntimePeriodsListing"],
            EvseDowntimePeriod,
            query={"per_page": per_page, "filter": filter},
            timeout=timeout,
        )

    async def read(
        self,
        evse_downtime_period: int,
        *,
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
        )

    async def update(
        self,
        evse_downtime_period: int,
        *,
        body: (
            ChargePointDowntimePeriodUpdateRequest | Mapping[str, Any] | NotGiven
        ) = NOT_GIVEN,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> EvseDowntimePeriod:
        """EVSE Downtime Period / Update

        Update EVSE Downtime Period

        Args:
            evse_downtime_period: the evseDowntimePeriod path parameter
            body: the request body (optional); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/evse-downtime-periods/v1.0/{evseDowntimePeriod}`` (operationId ``evseDowntimePeriodUpdate``)
        """
        from ..models.evse_downtime_period import EvseDowntimePeriod

        return await self._client._request(
            OPERATIONS["evseDowntimePeriodUpdate"],
            EvseDowntimePeriod,
            path={"evseDowntimePeriod": evse_downtime_period},
            body=body,
            unwrap="data",
            timeout=timeout,
        )
