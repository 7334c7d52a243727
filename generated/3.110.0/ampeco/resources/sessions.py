"""Operations of ``client.sessions`` (resource / sessions)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .._operations import OPERATIONS
from .._runtime.pagination import AsyncPager, SyncPager
from .._runtime.types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    import httpx

    from .._runtime.client import AsyncClient, SyncClient
    from ..models.cdr_read_include_item import CdrReadIncludeItem
    from ..models.charge_point_share_create_request import ChargePointShareCreateRequest
    from ..models.session import Session
    from ..models.session_read_clock_aligned_interval import (
        SessionReadClockAlignedInterval,
    )
    from ..models.session_retry_payment_request import SessionRetryPaymentRequest
    from ..models.sessions_consumption_stats_item import SessionsConsumptionStatsItem
    from ..models.sessions_listing_filter import SessionsListingFilter

__all__ = ["AsyncSessionsResource", "SessionsResource"]


class SessionsResource:
    """Synchronous operations of resource / sessions."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def assign_to_user(
        self,
        session: int,
        *,
        body: ChargePointShareCreateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Session / Assign to user

        Assign a user to a session. This action is only applicable to sessions with Completed billing status that have no user associated with them. This operation can be done only once and is not reversible.

        Args:
            session: the session path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/session/v1.0/{session}/assign-user`` (operationId ``sessionAssignToUser``)
        """
        return self._client._request(
            OPERATIONS["sessionAssignToUser"],
            None,
            path={"session": session},
            body=body,
            timeout=timeout,
        )

    def consumption_stats_read(
        self,
        session: str,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> list[SessionsConsumptionStatsItem]:
        """Sessions / Consumption Stats / Read

        Consumption statistics may differ between active and finished sessions, as finished sessions display aggregated final data with a maximum of 300 items.

        Args:
            session: The session ID to fetch

        ``GET /public-api/resources/sessions/v1.0/{session}/consumption-stats`` (operationId ``sessionsConsumptionStatsRead``)
        """
        from ..models.sessions_consumption_stats_item import (
            SessionsConsumptionStatsItem,
        )

        return self._client._request(
            OPERATIONS["sessionsConsumptionStatsRead"],
            list[SessionsConsumptionStatsItem],
            path={"session": session},
            unwrap="data",
            timeout=timeout,
        )

    def listing(
        self,
        *,
        with_clock_aligned_energy_consumption: bool | None = None,
        clock_aligned_interval: SessionReadClockAlignedInterval | int | None = None,
        with_authorization: bool | None = None,
        with_price_breakdown: bool | None = None,
        with_charging_periods: bool | None = None,
        with_charging_periods_price_breakdown: bool | None = None,
        filter: SessionsListingFilter | Mapping[str, Any] | None = None,
        page: int | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
        include: Sequence[CdrReadIncludeItem | str] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[Session]:
        """Sessions / Listing

        Args:
            with_charging_periods_price_breakdown: Must be used in combination with `withChargingPeriods` parameter.
            page: The page number to fetch (defaults to 1). Not used in cursor pagination.
            per_page: The numbers of items to return. Used in both page and cursor pagination to declare the page size.
            cursor: The cursor to fetch the next page. Set it to empty in order to engage the cursor pagination that has more performance but requires you to get each pages response before you can move on to the next page. for example `?cursor`
            include: Include additional information in the response. The following options are available:<br> - `externalAppData`: Include external application data in the response

        ``GET /public-api/resources/sessions/v1.0`` (operationId ``sessionsListing``)
        """
        from ..models.session import Session

        return self._client._paginate(
            OPERATIONS["sessionsListing"],
            Session,
            query={
                "withClockAlignedEnergyConsumption": (
                    with_clock_aligned_energy_consumption
                ),
                "clockAlignedInterval": clock_aligned_interval,
                "withAuthorization": with_authorization,
                "withPriceBreakdown": with_price_breakdown,
                "withChargingPeriods": with_charging_periods,
                "withChargingPeriodsPriceBreakdown": (
                    with_charging_periods_price_breakdown
                ),
                "filter": filter,
                "page": page,
                "per_page": per_page,
                "cursor": cursor,
                "include": include,
            },
            timeout=timeout,
        )

    def read(
        self,
        session: str,
        *,
        with_clock_aligned_energy_consumption: bool | None = None,
        clock_aligned_interval: SessionReadClockAlignedInterval | int | None = None,
        with_authorization: bool | None = None,
        with_charging_periods: bool | None = None,
        with_charging_periods_price_breakdown: bool | None = None,
        with_price_breakdown: bool | None = None,
        include: Sequence[CdrReadIncludeItem | str] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Session:
        """Session / Read

        Args:
            session: The session ID to fetch
            with_charging_periods_price_breakdown: Must be used in combination with `withChargingPeriods` parameter.
            include: Include additional information in the response. The following options are available:<br> - `externalAppData`: Include external application data in the response

        ``GET /public-api/resources/sessions/v1.0/{session}`` (operationId ``sessionRead``)
        """
        from ..models.session import Session

        return self._client._request(
            OPERATIONS["sessionRead"],
            Session,
            path={"session": session},
            query={
                "withClockAlignedEnergyConsumption": (
                    with_clock_aligned_energy_consumption
                ),
                "clockAlignedInterval": clock_aligned_interval,
                "withAuthorization": with_authorization,
                "withChargingPeriods": with_charging_periods,
                "withChargingPeriodsPriceBreakdown": (
                    with_charging_periods_price_breakdown
                ),
                "withPriceBreakdown": with_price_breakdown,
                "include": include,
            },
            unwrap="data",
            timeout=timeout,
        )

    def retry_payment(
        self,
        session: int,
        *,
        body: SessionRetryPaymentRequest | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Session / Retry Payment

        Retry failed payment for a session

        Args:
            session: the session path parameter
            body: the request body (optional); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/session/v1.0/{session}/retry-payment`` (operationId ``sessionRetryPayment``)
        """
        return self._client._request(
            OPERATIONS["sessionRetryPayment"],
            None,
            path={"session": session},
            body=body,
            timeout=timeout,
        )


class AsyncSessionsResource:
    """Asynchronous operations of resource / sessions."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def assign_to_user(
        self,
        session: int,
        *,
        body: ChargePointShareCreateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Session / Assign to user

        Assign a user to a session. This action is only applicable to sessions with Completed billing status that have no user associated with them. This operation can be done only once and is not reversible.

        Args:
            session: the session path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/session/v1.0/{session}/assign-user`` (operationId ``sessionAssignToUser``)
        """
        return await self._client._request(
            OPERATIONS["sessionAssignToUser"],
            None,
            path={"session": session},
            body=body,
            timeout=timeout,
        )

    async def consumption_stats_read(
        self,
        session: str,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> list[SessionsConsumptionStatsItem]:
        """Sessions / Consumption Stats / Read

        Consumption statistics may differ between active and finished sessions, as finished sessions display aggregated final data with a maximum of 300 items.

        Args:
            session: The session ID to fetch

        ``GET /public-api/resources/sessions/v1.0/{session}/consumption-stats`` (operationId ``sessionsConsumptionStatsRead``)
        """
        from ..models.sessions_consumption_stats_item import (
            SessionsConsumptionStatsItem,
        )

        return await self._client._request(
            OPERATIONS["sessionsConsumptionStatsRead"],
            list[SessionsConsumptionStatsItem],
            path={"session": session},
            unwrap="data",
            timeout=timeout,
        )

    def listing(
        self,
        *,
        with_clock_aligned_energy_consumption: bool | None = None,
        clock_aligned_interval: SessionReadClockAlignedInterval | int | None = None,
        with_authorization: bool | None = None,
        with_price_breakdown: bool | None = None,
        with_charging_periods: bool | None = None,
        with_charging_periods_price_breakdown: bool | None = None,
        filter: SessionsListingFilter | Mapping[str, Any] | None = None,
        page: int | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
        include: Sequence[CdrReadIncludeItem | str] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[Session]:
        """Sessions / Listing

        Args:
            with_charging_periods_price_breakdown: Must be used in combination with `withChargingPeriods` parameter.
            page: The page number to fetch (defaults to 1). Not used in cursor pagination.
            per_page: The numbers of items to return. Used in both page and cursor pagination to declare the page size.
            cursor: The cursor to fetch the next page. Set it to empty in order to engage the cursor pagination that has more performance but requires you to get each pages response before you can move on to the next page. for example `?cursor`
            include: Include additional information in the response. The following options are available:<br> - `externalAppData`: Include external application data in the response

        ``GET /public-api/resources/sessions/v1.0`` (operationId ``sessionsListing``)
        """
        from ..models.session import Session

        return self._client._paginate(
            OPERATIONS["sessionsListing"],
            Session,
            query={
                "withClockAlignedEnergyConsumption": (
                    with_clock_aligned_energy_consumption
                ),
                "clockAlignedInterval": clock_aligned_interval,
                "withAuthorization": with_authorization,
                "withPriceBreakdown": with_price_breakdown,
                "withChargingPeriods": with_charging_periods,
                "withChargingPeriodsPriceBreakdown": (
                    with_charging_periods_price_breakdown
                ),
                "filter": filter,
                "page": page,
                "per_page": per_page,
                "cursor": cursor,
                "include": include,
            },
            timeout=timeout,
        )

    async def read(
        self,
        session: str,
        *,
        with_clock_aligned_energy_consumption: bool | None = None,
        clock_aligned_interval: SessionReadClockAlignedInterval | int | None = None,
        with_authorization: bool | None = None,
        with_charging_periods: bool | None = None,
        with_charging_periods_price_breakdown: bool | None = None,
        with_price_breakdown: bool | None = None,
        include: Sequence[CdrReadIncludeItem | str] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Session:
        """Session / Read

        Args:
            session: The session ID to fetch
            with_charging_periods_price_breakdown: Must be used in combination with `withChargingPeriods` parameter.
            include: Include additional information in the response. The following options are available:<br> - `externalAppData`: Include external application data in the response

        ``GET /public-api/resources/sessions/v1.0/{session}`` (operationId ``sessionRead``)
        """
        from ..models.session import Session

        return await self._client._request(
            OPERATIONS["sessionRead"],
            Session,
            path={"session": session},
            query={
                "withClockAlignedEnergyConsumption": (
                    with_clock_aligned_energy_consumption
                ),
                "clockAlignedInterval": clock_aligned_interval,
                "withAuthorization": with_authorization,
                "withChargingPeriods": with_charging_periods,
                "withChargingPeriodsPriceBreakdown": (
                    with_charging_periods_price_breakdown
                ),
                "withPriceBreakdown": with_price_breakdown,
                "include": include,
            },
            unwrap="data",
            timeout=timeout,
        )

    async def retry_payment(
        self,
        session: int,
        *,
        body: SessionRetryPaymentRequest | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Session / Retry Payment

        Retry failed payment for a session

        Args:
            session: the session path parameter
            body: the request body (optional); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/session/v1.0/{session}/retry-payment`` (operationId ``sessionRetryPayment``)
        """
        return await self._client._request(
            OPERATIONS["sessionRetryPayment"],
            None,
            path={"session": session},
            body=body,
            timeout=timeout,
        )
