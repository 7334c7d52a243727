"""Operations of ``client.sessions`` (resource / sessions)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
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
    from ..models.cdr_read_include_item import CdrReadIncludeItem
    from ..models.charge_point_share_create_request import ChargePointShareCreateRequest
    from ..models.session import Session
    from ..models.session_read_clock_aligned_interval import (
        SessionReadClockAlignedInterval,
    )
    from ..models.session_retry_payment_request import SessionRetryPaymentRequest
    from ..models.sessions_consumption_stats_item import SessionsConsumptionStatsItem
    from ..models.sessions_listing_filter import SessionsListingFilter
    from ..params import (
        CdrReadIncludeItemLiteral,
        ChargePointShareCreateRequestParam,
        SessionReadClockAlignedIntervalLiteral,
        SessionRetryPaymentRequestParam,
        SessionsListingFilterParam,
    )

__all__ = [
    "AsyncSessionsResource",
    "AsyncSessionsResourceWithRawResponse",
    "AsyncSessionsResourceWithStreamingResponse",
    "SessionsResource",
    "SessionsResourceWithRawResponse",
    "SessionsResourceWithStreamingResponse",
]


class SessionsResource:
    """Synchronous operations of resource / sessions."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def assign_to_user(
        self,
        session: int,
        *,
        body: ChargePointShareCreateRequest | ChargePointShareCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Session / Assign to user

        Assign a user to a session. This action is only applicable to sessions with Completed billing status that have no user associated with them. This operation can be done only once and is not reversible.

        Args:
            session: the session path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/session/v1.0/{session}/assign-user`` (operationId ``sessionAssignToUser``)
        """
        from ..models.charge_point_share_create_request import (
            ChargePointShareCreateRequest,
        )

        return self._client._request(
            OPERATIONS["sessionAssignToUser"],
            None,
            path={"session": session},
            body=body,
            timeout=timeout,
            body_type=ChargePointShareCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def consumption_stats_read(
        self,
        session: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def listing(
        self,
        *,
        with_clock_aligned_energy_consumption: bool | None = None,
        clock_aligned_interval: (
            SessionReadClockAlignedInterval
            | SessionReadClockAlignedIntervalLiteral
            | None
        ) = None,
        with_authorization: bool | None = None,
        with_price_breakdown: bool | None = None,
        with_charging_periods: bool | None = None,
        with_charging_periods_price_breakdown: bool | None = None,
        filter: SessionsListingFilter | SessionsListingFilterParam | None = None,
        page: int | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
        include: Sequence[CdrReadIncludeItem | CdrReadIncludeItemLiteral] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
        from ..models.sessions_listing_filter import SessionsListingFilter

        return self._client._paginate(
            OPERATIONS["sessionsListing"],
            Session,
            query={
                "withClockAlignedEnergyConsumption": with_clock_aligned_energy_consumption,
                "clockAlignedInterval": clock_aligned_interval,
                "withAuthorization": with_authorization,
                "withPriceBreakdown": with_price_breakdown,
                "withChargingPeriods": with_charging_periods,
                "withChargingPeriodsPriceBreakdown": with_charging_periods_price_breakdown,
                "filter": filter,
                "page": page,
                "per_page": per_page,
                "cursor": cursor,
                "include": include,
            },
            timeout=timeout,
            query_types={"filter": SessionsListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def read(
        self,
        session: str,
        *,
        with_clock_aligned_energy_consumption: bool | None = None,
        clock_aligned_interval: (
            SessionReadClockAlignedInterval
            | SessionReadClockAlignedIntervalLiteral
            | None
        ) = None,
        with_authorization: bool | None = None,
        with_charging_periods: bool | None = None,
        with_charging_periods_price_breakdown: bool | None = None,
        with_price_breakdown: bool | None = None,
        include: Sequence[CdrReadIncludeItem | CdrReadIncludeItemLiteral] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
                "withClockAlignedEnergyConsumption": with_clock_aligned_energy_consumption,
                "clockAlignedInterval": clock_aligned_interval,
                "withAuthorization": with_authorization,
                "withChargingPeriods": with_charging_periods,
                "withChargingPeriodsPriceBreakdown": with_charging_periods_price_breakdown,
                "withPriceBreakdown": with_price_breakdown,
                "include": include,
            },
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def retry_payment(
        self,
        session: int,
        *,
        body: (
            SessionRetryPaymentRequest | SessionRetryPaymentRequestParam | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Session / Retry Payment

        Retry failed payment for a session

        Args:
            session: the session path parameter
            body: the request body (optional); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/session/v1.0/{session}/retry-payment`` (operationId ``sessionRetryPayment``)
        """
        from ..models.session_retry_payment_request import SessionRetryPaymentRequest

        return self._client._request(
            OPERATIONS["sessionRetryPayment"],
            None,
            path={"session": session},
            body=body,
            timeout=timeout,
            body_type=SessionRetryPaymentRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class AsyncSessionsResource:
    """Asynchronous operations of resource / sessions."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def assign_to_user(
        self,
        session: int,
        *,
        body: ChargePointShareCreateRequest | ChargePointShareCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Session / Assign to user

        Assign a user to a session. This action is only applicable to sessions with Completed billing status that have no user associated with them. This operation can be done only once and is not reversible.

        Args:
            session: the session path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/session/v1.0/{session}/assign-user`` (operationId ``sessionAssignToUser``)
        """
        from ..models.charge_point_share_create_request import (
            ChargePointShareCreateRequest,
        )

        return await self._client._request(
            OPERATIONS["sessionAssignToUser"],
            None,
            path={"session": session},
            body=body,
            timeout=timeout,
            body_type=ChargePointShareCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def consumption_stats_read(
        self,
        session: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def listing(
        self,
        *,
        with_clock_aligned_energy_consumption: bool | None = None,
        clock_aligned_interval: (
            SessionReadClockAlignedInterval
            | SessionReadClockAlignedIntervalLiteral
            | None
        ) = None,
        with_authorization: bool | None = None,
        with_price_breakdown: bool | None = None,
        with_charging_periods: bool | None = None,
        with_charging_periods_price_breakdown: bool | None = None,
        filter: SessionsListingFilter | SessionsListingFilterParam | None = None,
        page: int | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
        include: Sequence[CdrReadIncludeItem | CdrReadIncludeItemLiteral] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
        from ..models.sessions_listing_filter import SessionsListingFilter

        return self._client._paginate(
            OPERATIONS["sessionsListing"],
            Session,
            query={
                "withClockAlignedEnergyConsumption": with_clock_aligned_energy_consumption,
                "clockAlignedInterval": clock_aligned_interval,
                "withAuthorization": with_authorization,
                "withPriceBreakdown": with_price_breakdown,
                "withChargingPeriods": with_charging_periods,
                "withChargingPeriodsPriceBreakdown": with_charging_periods_price_breakdown,
                "filter": filter,
                "page": page,
                "per_page": per_page,
                "cursor": cursor,
                "include": include,
            },
            timeout=timeout,
            query_types={"filter": SessionsListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def read(
        self,
        session: str,
        *,
        with_clock_aligned_energy_consumption: bool | None = None,
        clock_aligned_interval: (
            SessionReadClockAlignedInterval
            | SessionReadClockAlignedIntervalLiteral
            | None
        ) = None,
        with_authorization: bool | None = None,
        with_charging_periods: bool | None = None,
        with_charging_periods_price_breakdown: bool | None = None,
        with_price_breakdown: bool | None = None,
        include: Sequence[CdrReadIncludeItem | CdrReadIncludeItemLiteral] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
                "withClockAlignedEnergyConsumption": with_clock_aligned_energy_consumption,
                "clockAlignedInterval": clock_aligned_interval,
                "withAuthorization": with_authorization,
                "withChargingPeriods": with_charging_periods,
                "withChargingPeriodsPriceBreakdown": with_charging_periods_price_breakdown,
                "withPriceBreakdown": with_price_breakdown,
                "include": include,
            },
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def retry_payment(
        self,
        session: int,
        *,
        body: (
            SessionRetryPaymentRequest | SessionRetryPaymentRequestParam | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Session / Retry Payment

        Retry failed payment for a session

        Args:
            session: the session path parameter
            body: the request body (optional); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/session/v1.0/{session}/retry-payment`` (operationId ``sessionRetryPayment``)
        """
        from ..models.session_retry_payment_request import SessionRetryPaymentRequest

        return await self._client._request(
            OPERATIONS["sessionRetryPayment"],
            None,
            path={"session": session},
            body=body,
            timeout=timeout,
            body_type=SessionRetryPaymentRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class SessionsResourceWithRawResponse:
    """``client.with_raw_response.sessions`` of the sync client: each call returns an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: SessionsResource) -> None:
        self.assign_to_user = to_raw(resource.assign_to_user)
        self.consumption_stats_read = to_raw(resource.consumption_stats_read)
        self.listing = to_raw_listing(resource.listing)
        self.read = to_raw(resource.read)
        self.retry_payment = to_raw(resource.retry_payment)


class AsyncSessionsResourceWithRawResponse:
    """``client.with_raw_response.sessions`` of the async client: each call gives an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: AsyncSessionsResource) -> None:
        self.assign_to_user = to_async_raw(resource.assign_to_user)
        self.consumption_stats_read = to_async_raw(resource.consumption_stats_read)
        self.listing = to_async_raw_listing(resource.listing)
        self.read = to_async_raw(resource.read)
        self.retry_payment = to_async_raw(resource.retry_payment)


class SessionsResourceWithStreamingResponse:
    """``client.with_streaming_response.sessions`` of the sync client: each call returns a manager: ``with`` it for the unread response."""

    def __init__(self, resource: SessionsResource) -> None:
        self.assign_to_user = to_streamed(resource.assign_to_user)
        self.consumption_stats_read = to_streamed(resource.consumption_stats_read)
        self.listing = to_streamed_listing(resource.listing)
        self.read = to_streamed(resource.read)
        self.retry_payment = to_streamed(resource.retry_payment)


class AsyncSessionsResourceWithStreamingResponse:
    """``client.with_streaming_response.sessions`` of the async client: each call returns a manager: ``async with`` it for the unread response."""

    def __init__(self, resource: AsyncSessionsResource) -> None:
        self.assign_to_user = to_async_streamed(resource.assign_to_user)
        self.consumption_stats_read = to_async_streamed(resource.consumption_stats_read)
        self.listing = to_async_streamed_listing(resource.listing)
        self.read = to_async_streamed(resource.read)
        self.retry_payment = to_async_streamed(resource.retry_payment)
