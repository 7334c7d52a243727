"""Operations of ``client.electricity_rates`` (resource / electricity rates)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
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
    from ..models.electricity_rate import ElectricityRate
    from ..models.electricity_rate_create_deprecated_request import (
        ElectricityRateCreateDeprecatedRequest,
    )
    from ..models.electricity_rate_create_request import ElectricityRateCreateRequest
    from ..models.electricity_rate_deprecated import ElectricityRateDeprecated
    from ..models.electricity_rate_energy_mix import ElectricityRateEnergyMix
    from ..models.electricity_rate_price_period_option1 import (
        ElectricityRatePricePeriodOption1,
    )
    from ..models.electricity_rate_price_period_option2 import (
        ElectricityRatePricePeriodOption2,
    )
    from ..models.electricity_rate_price_periods_date_create_or_update_request import (
        ElectricityRatePricePeriodsDateCreateOrUpdateRequest,
    )
    from ..models.electricity_rate_price_periods_date_create_or_update_response import (
        ElectricityRatePricePeriodsDateCreateOrUpdateResponse,
    )
    from ..models.electricity_rate_price_periods_week_day_createa_or_update_response import (
        ElectricityRatePricePeriodsWeekDayCreateaOrUpdateResponse,
    )
    from ..models.electricity_rate_price_periods_week_day_createa_or_update_week_day import (
        ElectricityRatePricePeriodsWeekDayCreateaOrUpdateWeekDay,
    )
    from ..models.electricity_rate_update_request import ElectricityRateUpdateRequest
    from ..models.electricity_rates_listing_deprecated_filter import (
        ElectricityRatesListingDeprecatedFilter,
    )
    from ..models.electricity_rates_listing_filter import ElectricityRatesListingFilter
    from ..params import (
        ElectricityRateCreateDeprecatedRequestParam,
        ElectricityRateCreateRequestParam,
        ElectricityRateEnergyMixParam,
        ElectricityRatePricePeriodsDateCreateOrUpdateRequestParam,
        ElectricityRatePricePeriodsWeekDayCreateaOrUpdateWeekDayLiteral,
        ElectricityRateUpdateRequestParam,
        ElectricityRatesListingDeprecatedFilterParam,
        ElectricityRatesListingFilterParam,
    )

__all__ = [
    "AsyncElectricityRatesResource",
    "AsyncElectricityRatesResourceWithRawResponse",
    "AsyncElectricityRatesResourceWithStreamingResponse",
    "ElectricityRatesResource",
    "ElectricityRatesResourceWithRawResponse",
    "ElectricityRatesResourceWithStreamingResponse",
]


class ElectricityRatesResource:
    """Synchronous operations of resource / electricity rates."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(
        self,
        *,
        body: ElectricityRateCreateRequest | ElectricityRateCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ElectricityRate:
        """Electricity rate / Create

        Create a new Electricity rate

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/electricity-rates/v2.0`` (operationId ``electricityRateCreate``)
        """
        from ..models.electricity_rate import ElectricityRate
        from ..models.electricity_rate_create_request import (
            ElectricityRateCreateRequest,
        )

        return self._client._request(
            OPERATIONS["electricityRateCreate"],
            ElectricityRate,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=ElectricityRateCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def create_deprecated(
        self,
        *,
        body: (
            ElectricityRateCreateDeprecatedRequest
            | ElectricityRateCreateDeprecatedRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ElectricityRateDeprecated:
        """Electricity rate / Create

        Create a new Electricity rate

        Deprecated. Use ``client.electricity_rates.create()`` instead.

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/electricity-rates/v1.0`` (operationId ``electricityRateCreateDeprecated``)
        """
        from ..models.electricity_rate_create_deprecated_request import (
            ElectricityRateCreateDeprecatedRequest,
        )
        from ..models.electricity_rate_deprecated import ElectricityRateDeprecated

        return self._client._request(
            OPERATIONS["electricityRateCreateDeprecated"],
            ElectricityRateDeprecated,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=ElectricityRateCreateDeprecatedRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def delete(
        self,
        electricity_rate: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Electricity rate / Delete

        Delete a Electricity rate

        Args:
            electricity_rate: The ID of the electricity rate

        ``DELETE /public-api/resources/electricity-rates/v2.0/{electricityRate}`` (operationId ``electricityRateDelete``)
        """
        return self._client._request(
            OPERATIONS["electricityRateDelete"],
            None,
            path={"electricityRate": electricity_rate},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def delete_deprecated(
        self,
        electricity_rate: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Electricity rate / Delete

        Delete a Electricity rate

        Deprecated. Use ``client.electricity_rates.delete()`` instead.

        Args:
            electricity_rate: The ID of the electricity rate

        ``DELETE /public-api/resources/electricity-rates/v1.0/{electricityRate}`` (operationId ``electricityRateDeleteDeprecated``)
        """
        return self._client._request(
            OPERATIONS["electricityRateDeleteDeprecated"],
            None,
            path={"electricityRate": electricity_rate},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def energy_mix_read(
        self,
        electricity_rate: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ElectricityRateEnergyMix:
        """Electricity rate / Energy Mix / Read

        Get an electricity rate energy mix

        Args:
            electricity_rate: The ID of the electricity rate

        ``GET /public-api/resources/electricity-rates/v2.0/{electricityRate}/energy-mix`` (operationId ``electricityRateEnergyMixRead``)
        """
        from ..models.electricity_rate_energy_mix import ElectricityRateEnergyMix

        return self._client._request(
            OPERATIONS["electricityRateEnergyMixRead"],
            ElectricityRateEnergyMix,
            path={"electricityRate": electricity_rate},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def energy_mix_update(
        self,
        electricity_rate: int,
        *,
        body: ElectricityRateEnergyMix | ElectricityRateEnergyMixParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ElectricityRateEnergyMix:
        """Electricity rate / Energy Mix / Update

        Set an electricity rate energy mix. By default the energy mix generated with creation of the electricity rate is filled with 0.

        Args:
            electricity_rate: The ID of the electricity rate
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PUT /public-api/resources/electricity-rates/v2.0/{electricityRate}/energy-mix`` (operationId ``electricityRateEnergyMixUpdate``)
        """
        from ..models.electricity_rate_energy_mix import ElectricityRateEnergyMix

        return self._client._request(
            OPERATIONS["electricityRateEnergyMixUpdate"],
            ElectricityRateEnergyMix,
            path={"electricityRate": electricity_rate},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=ElectricityRateEnergyMix,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def listing(
        self,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
        filter: (
            ElectricityRatesListingFilter | ElectricityRatesListingFilterParam | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[ElectricityRate]:
        """Electricity rates / Listing

        Get all Electricity rates

        Args:
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.

        ``GET /public-api/resources/electricity-rates/v2.0`` (operationId ``electricityRatesListing``)
        """
        from ..models.electricity_rate import ElectricityRate
        from ..models.electricity_rates_listing_filter import (
            ElectricityRatesListingFilter,
        )

        return self._client._paginate(
            OPERATIONS["electricityRatesListing"],
            ElectricityRate,
            query={"per_page": per_page, "cursor": cursor, "filter": filter},
            timeout=timeout,
            query_types={"filter": ElectricityRatesListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def listing_deprecated(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        filter: (
            ElectricityRatesListingDeprecatedFilter
            | ElectricityRatesListingDeprecatedFilterParam
            | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[ElectricityRateDeprecated]:
        """Electricity rates / Listing

        Get all Electricity rates

        Deprecated. Use ``client.electricity_rates.listing()`` instead.

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/electricity-rates/v1.0`` (operationId ``electricityRatesListingDeprecated``)
        """
        from ..models.electricity_rate_deprecated import ElectricityRateDeprecated
        from ..models.electricity_rates_listing_deprecated_filter import (
            ElectricityRatesListingDeprecatedFilter,
        )

        return self._client._paginate(
            OPERATIONS["electricityRatesListingDeprecated"],
            ElectricityRateDeprecated,
            query={"page": page, "per_page": per_page, "filter": filter},
            timeout=timeout,
            query_types={"filter": ElectricityRatesListingDeprecatedFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def price_periods_date_create_or_update(
        self,
        electricity_rate: int,
        date: date,
        *,
        body: (
            ElectricityRatePricePeriodsDateCreateOrUpdateRequest
            | ElectricityRatePricePeriodsDateCreateOrUpdateRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ElectricityRatePricePeriodsDateCreateOrUpdateResponse:
        """Electricity rate / Price periods / Date / Create or update

        Update the price periods for a specific date. This operation will overwrite all existing periods for the given date, so a complete list must be provided

        Args:
            electricity_rate: The ID of the electricity rate
            date: the date path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PUT /public-api/resources/electricity-rates/v2.0/{electricityRate}/price-periods/date/{date}`` (operationId ``electricityRatePricePeriodsDateCreateOrUpdate``)
        """
        from ..models.electricity_rate_price_periods_date_create_or_update_request import (
            ElectricityRatePricePeriodsDateCreateOrUpdateRequest,
        )
        from ..models.electricity_rate_price_periods_date_create_or_update_response import (
            ElectricityRatePricePeriodsDateCreateOrUpdateResponse,
        )

        return self._client._request(
            OPERATIONS["electricityRatePricePeriodsDateCreateOrUpdate"],
            ElectricityRatePricePeriodsDateCreateOrUpdateResponse,
            path={"electricityRate": electricity_rate, "date": date},
            body=body,
            timeout=timeout,
            body_type=ElectricityRatePricePeriodsDateCreateOrUpdateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def price_periods_date_delete(
        self,
        electricity_rate: int,
        date: date,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Electricity rate / Price periods / Date / Delete

        Delete the price periods for a specific date.

        Args:
            electricity_rate: The ID of the electricity rate
            date: the date path parameter

        ``DELETE /public-api/resources/electricity-rates/v2.0/{electricityRate}/price-periods/date/{date}`` (operationId ``electricityRatePricePeriodsDateDelete``)
        """
        return self._client._request(
            OPERATIONS["electricityRatePricePeriodsDateDelete"],
            None,
            path={"electricityRate": electricity_rate, "date": date},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def price_periods_date_listing(
        self,
        electricity_rate: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[ElectricityRatePricePeriodOption2]:
        """Electricity rate / Price periods / Date / Listing

        List all of the configured price period dates

        Args:
            electricity_rate: The ID of the electricity rate

        ``GET /public-api/resources/electricity-rates/v2.0/{electricityRate}/price-periods/date`` (operationId ``electricityRatePricePeriodsDateListing``)
        """
        from ..models.electricity_rate_price_period_option2 import (
            ElectricityRatePricePeriodOption2,
        )

        return self._client._paginate(
            OPERATIONS["electricityRatePricePeriodsDateListing"],
            ElectricityRatePricePeriodOption2,
            path={"electricityRate": electricity_rate},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def price_periods_date_read(
        self,
        electricity_rate: int,
        date: date,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ElectricityRatePricePeriodsDateCreateOrUpdateResponse:
        """Electricity rate / Price periods / Date / Read

        Get the price periods for a specific date.

        Args:
            electricity_rate: The ID of the electricity rate
            date: the date path parameter

        ``GET /public-api/resources/electricity-rates/v2.0/{electricityRate}/price-periods/date/{date}`` (operationId ``electricityRatePricePeriodsDateRead``)
        """
        from ..models.electricity_rate_price_periods_date_create_or_update_response import (
            ElectricityRatePricePeriodsDateCreateOrUpdateResponse,
        )

        return self._client._request(
            OPERATIONS["electricityRatePricePeriodsDateRead"],
            ElectricityRatePricePeriodsDateCreateOrUpdateResponse,
            path={"electricityRate": electricity_rate, "date": date},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def price_periods_listing(
        self,
        electricity_rate: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[
        ElectricityRatePricePeriodOption1 | ElectricityRatePricePeriodOption2
    ]:
        """Electricity rate / Price periods / Listing

        List all of the configured price period days (including week days and dates)

        Args:
            electricity_rate: The ID of the electricity rate

        ``GET /public-api/resources/electricity-rates/v2.0/{electricityRate}/price-periods`` (operationId ``electricityRatePricePeriodsListing``)
        """
        from ..models.electricity_rate_price_period_option1 import (
            ElectricityRatePricePeriodOption1,
        )
        from ..models.electricity_rate_price_period_option2 import (
            ElectricityRatePricePeriodOption2,
        )

        return self._client._paginate(
            OPERATIONS["electricityRatePricePeriodsListing"],
            ElectricityRatePricePeriodOption1 | ElectricityRatePricePeriodOption2,
            path={"electricityRate": electricity_rate},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def price_periods_week_day_createa_or_update(
        self,
        electricity_rate: int,
        week_day: (
            ElectricityRatePricePeriodsWeekDayCreateaOrUpdateWeekDay
            | ElectricityRatePricePeriodsWeekDayCreateaOrUpdateWeekDayLiteral
        ),
        *,
        body: (
            ElectricityRatePricePeriodsDateCreateOrUpdateRequest
            | ElectricityRatePricePeriodsDateCreateOrUpdateRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ElectricityRatePricePeriodsWeekDayCreateaOrUpdateResponse:
        """Electricity rate / Price periods / Week day / Create or update

        Update the price periods for a specific week day. This operation will overwrite all existing periods for the given day, so a complete list must be provided

        Args:
            electricity_rate: The ID of the electricity rate
            week_day: The week day which is being requested, updated or deleted
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PUT /public-api/resources/electricity-rates/v2.0/{electricityRate}/price-periods/week-day/{weekDay}`` (operationId ``electricityRatePricePeriodsWeekDayCreateaOrUpdate``)
        """
        from ..models.electricity_rate_price_periods_date_create_or_update_request import (
            ElectricityRatePricePeriodsDateCreateOrUpdateRequest,
        )
        from ..models.electricity_rate_price_periods_week_day_createa_or_update_response import (
            ElectricityRatePricePeriodsWeekDayCreateaOrUpdateResponse,
        )

        return self._client._request(
            OPERATIONS["electricityRatePricePeriodsWeekDayCreateaOrUpdate"],
            ElectricityRatePricePeriodsWeekDayCreateaOrUpdateResponse,
            path={"electricityRate": electricity_rate, "weekDay": week_day},
            body=body,
            timeout=timeout,
            body_type=ElectricityRatePricePeriodsDateCreateOrUpdateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def price_periods_week_day_delete(
        self,
        electricity_rate: int,
        week_day: (
            ElectricityRatePricePeriodsWeekDayCreateaOrUpdateWeekDay
            | ElectricityRatePricePeriodsWeekDayCreateaOrUpdateWeekDayLiteral
        ),
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Electricity rate / Price periods / Week day / Delete

        Delete the price periods for a specific week day.

        Args:
            electricity_rate: The ID of the electricity rate
            week_day: The week day which is being requested, updated or deleted

        ``DELETE /public-api/resources/electricity-rates/v2.0/{electricityRate}/price-periods/week-day/{weekDay}`` (operationId ``electricityRatePricePeriodsWeekDayDelete``)
        """
        return self._client._request(
            OPERATIONS["electricityRatePricePeriodsWeekDayDelete"],
            None,
            path={"electricityRate": electricity_rate, "weekDay": week_day},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def price_periods_week_day_listing(
        self,
        electricity_rate: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[ElectricityRatePricePeriodOption1]:
        """Electricity rate / Price periods / Week day / Listing

        List all of the configured price period week days

        Args:
            electricity_rate: The ID of the electricity rate

        ``GET /public-api/resources/electricity-rates/v2.0/{electricityRate}/price-periods/week-day`` (operationId ``electricityRatePricePeriodsWeekDayListing``)
        """
        from ..models.electricity_rate_price_period_option1 import (
            ElectricityRatePricePeriodOption1,
        )

        return self._client._paginate(
            OPERATIONS["electricityRatePricePeriodsWeekDayListing"],
            ElectricityRatePricePeriodOption1,
            path={"electricityRate": electricity_rate},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def price_periods_week_day_read(
        self,
        electricity_rate: int,
        week_day: (
            ElectricityRatePricePeriodsWeekDayCreateaOrUpdateWeekDay
            | ElectricityRatePricePeriodsWeekDayCreateaOrUpdateWeekDayLiteral
        ),
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ElectricityRatePricePeriodsWeekDayCreateaOrUpdateResponse:
        """Electricity rate / Price periods / Week day / Read

        Get the price periods for a specific week day.

        Args:
            electricity_rate: The ID of the electricity rate
            week_day: The week day which is being requested, updated or deleted

        ``GET /public-api/resources/electricity-rates/v2.0/{electricityRate}/price-periods/week-day/{weekDay}`` (operationId ``electricityRatePricePeriodsWeekDayRead``)
        """
        from ..models.electricity_rate_price_periods_week_day_createa_or_update_response import (
            ElectricityRatePricePeriodsWeekDayCreateaOrUpdateResponse,
        )

        return self._client._request(
            OPERATIONS["electricityRatePricePeriodsWeekDayRead"],
            ElectricityRatePricePeriodsWeekDayCreateaOrUpdateResponse,
            path={"electricityRate": electricity_rate, "weekDay": week_day},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def read(
        self,
        electricity_rate: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ElectricityRate:
        """Electricity rate / Read

        Get a single Electricity rate

        Args:
            electricity_rate: The ID of the electricity rate

        ``GET /public-api/resources/electricity-rates/v2.0/{electricityRate}`` (operationId ``electricityRateRead``)
        """
        from ..models.electricity_rate import ElectricityRate

        return self._client._request(
            OPERATIONS["electricityRateRead"],
            ElectricityRate,
            path={"electricityRate": electricity_rate},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def read_deprecated(
        self,
        electricity_rate: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ElectricityRateDeprecated:
        """Electricity rate / Read

        Get a single Electricity rate

        Deprecated. Use ``client.electricity_rates.read()`` instead.

        Args:
            electricity_rate: The ID of the electricity rate

        ``GET /public-api/resources/electricity-rates/v1.0/{electricityRate}`` (operationId ``electricityRateReadDeprecated``)
        """
        from ..models.electricity_rate_deprecated import ElectricityRateDeprecated

        return self._client._request(
            OPERATIONS["electricityRateReadDeprecated"],
            ElectricityRateDeprecated,
            path={"electricityRate": electricity_rate},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def update(
        self,
        electricity_rate: int,
        *,
        body: ElectricityRateUpdateRequest | ElectricityRateUpdateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ElectricityRate:
        """Electricity rate / Update

        Update a Electricity rate

        Args:
            electricity_rate: The ID of the electricity rate
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/electricity-rates/v2.0/{electricityRate}`` (operationId ``electricityRateUpdate``)
        """
        from ..models.electricity_rate import ElectricityRate
        from ..models.electricity_rate_update_request import (
            ElectricityRateUpdateRequest,
        )

        return self._client._request(
            OPERATIONS["electricityRateUpdate"],
            ElectricityRate,
            path={"electricityRate": electricity_rate},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=ElectricityRateUpdateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def update_deprecated(
        self,
        electricity_rate: int,
        *,
        body: (
            ElectricityRateCreateDeprecatedRequest
            | ElectricityRateCreateDeprecatedRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ElectricityRateDeprecated:
        """Electricity rate / Update

        Update a Electricity rate

        Deprecated. Use ``client.electricity_rates.update()`` instead.

        Args:
            electricity_rate: The ID of the electricity rate
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PUT /public-api/resources/electricity-rates/v1.0/{electricityRate}`` (operationId ``electricityRateUpdateDeprecated``)
        """
        from ..models.electricity_rate_create_deprecated_request import (
            ElectricityRateCreateDeprecatedRequest,
        )
        from ..models.electricity_rate_deprecated import ElectricityRateDeprecated

        return self._client._request(
            OPERATIONS["electricityRateUpdateDeprecated"],
            ElectricityRateDeprecated,
            path={"electricityRate": electricity_rate},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=ElectricityRateCreateDeprecatedRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class AsyncElectricityRatesResource:
    """Asynchronous operations of resource / electricity rates."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: ElectricityRateCreateRequest | ElectricityRateCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ElectricityRate:
        """Electricity rate / Create

        Create a new Electricity rate

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/electricity-rates/v2.0`` (operationId ``electricityRateCreate``)
        """
        from ..models.electricity_rate import ElectricityRate
        from ..models.electricity_rate_create_request import (
            ElectricityRateCreateRequest,
        )

        return await self._client._request(
            OPERATIONS["electricityRateCreate"],
            ElectricityRate,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=ElectricityRateCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def create_deprecated(
        self,
        *,
        body: (
            ElectricityRateCreateDeprecatedRequest
            | ElectricityRateCreateDeprecatedRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ElectricityRateDeprecated:
        """Electricity rate / Create

        Create a new Electricity rate

        Deprecated. Use ``client.electricity_rates.create()`` instead.

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/electricity-rates/v1.0`` (operationId ``electricityRateCreateDeprecated``)
        """
        from ..models.electricity_rate_create_deprecated_request import (
            ElectricityRateCreateDeprecatedRequest,
        )
        from ..models.electricity_rate_deprecated import ElectricityRateDeprecated

        return await self._client._request(
            OPERATIONS["electricityRateCreateDeprecated"],
            ElectricityRateDeprecated,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=ElectricityRateCreateDeprecatedRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def delete(
        self,
        electricity_rate: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Electricity rate / Delete

        Delete a Electricity rate

        Args:
            electricity_rate: The ID of the electricity rate

        ``DELETE /public-api/resources/electricity-rates/v2.0/{electricityRate}`` (operationId ``electricityRateDelete``)
        """
        return await self._client._request(
            OPERATIONS["electricityRateDelete"],
            None,
            path={"electricityRate": electricity_rate},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def delete_deprecated(
        self,
        electricity_rate: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Electricity rate / Delete

        Delete a Electricity rate

        Deprecated. Use ``client.electricity_rates.delete()`` instead.

        Args:
            electricity_rate: The ID of the electricity rate

        ``DELETE /public-api/resources/electricity-rates/v1.0/{electricityRate}`` (operationId ``electricityRateDeleteDeprecated``)
        """
        return await self._client._request(
            OPERATIONS["electricityRateDeleteDeprecated"],
            None,
            path={"electricityRate": electricity_rate},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def energy_mix_read(
        self,
        electricity_rate: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ElectricityRateEnergyMix:
        """Electricity rate / Energy Mix / Read

        Get an electricity rate energy mix

        Args:
            electricity_rate: The ID of the electricity rate

        ``GET /public-api/resources/electricity-rates/v2.0/{electricityRate}/energy-mix`` (operationId ``electricityRateEnergyMixRead``)
        """
        from ..models.electricity_rate_energy_mix import ElectricityRateEnergyMix

        return await self._client._request(
            OPERATIONS["electricityRateEnergyMixRead"],
            ElectricityRateEnergyMix,
            path={"electricityRate": electricity_rate},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def energy_mix_update(
        self,
        electricity_rate: int,
        *,
        body: ElectricityRateEnergyMix | ElectricityRateEnergyMixParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ElectricityRateEnergyMix:
        """Electricity rate / Energy Mix / Update

        Set an electricity rate energy mix. By default the energy mix generated with creation of the electricity rate is filled with 0.

        Args:
            electricity_rate: The ID of the electricity rate
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PUT /public-api/resources/electricity-rates/v2.0/{electricityRate}/energy-mix`` (operationId ``electricityRateEnergyMixUpdate``)
        """
        from ..models.electricity_rate_energy_mix import ElectricityRateEnergyMix

        return await self._client._request(
            OPERATIONS["electricityRateEnergyMixUpdate"],
            ElectricityRateEnergyMix,
            path={"electricityRate": electricity_rate},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=ElectricityRateEnergyMix,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def listing(
        self,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
        filter: (
            ElectricityRatesListingFilter | ElectricityRatesListingFilterParam | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[ElectricityRate]:
        """Electricity rates / Listing

        Get all Electricity rates

        Args:
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.

        ``GET /public-api/resources/electricity-rates/v2.0`` (operationId ``electricityRatesListing``)
        """
        from ..models.electricity_rate import ElectricityRate
        from ..models.electricity_rates_listing_filter import (
            ElectricityRatesListingFilter,
        )

        return self._client._paginate(
            OPERATIONS["electricityRatesListing"],
            ElectricityRate,
            query={"per_page": per_page, "cursor": cursor, "filter": filter},
            timeout=timeout,
            query_types={"filter": ElectricityRatesListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def listing_deprecated(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        filter: (
            ElectricityRatesListingDeprecatedFilter
            | ElectricityRatesListingDeprecatedFilterParam
            | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[ElectricityRateDeprecated]:
        """Electricity rates / Listing

        Get all Electricity rates

        Deprecated. Use ``client.electricity_rates.listing()`` instead.

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/electricity-rates/v1.0`` (operationId ``electricityRatesListingDeprecated``)
        """
        from ..models.electricity_rate_deprecated import ElectricityRateDeprecated
        from ..models.electricity_rates_listing_deprecated_filter import (
            ElectricityRatesListingDeprecatedFilter,
        )

        return self._client._paginate(
            OPERATIONS["electricityRatesListingDeprecated"],
            ElectricityRateDeprecated,
            query={"page": page, "per_page": per_page, "filter": filter},
            timeout=timeout,
            query_types={"filter": ElectricityRatesListingDeprecatedFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def price_periods_date_create_or_update(
        self,
        electricity_rate: int,
        date: date,
        *,
        body: (
            ElectricityRatePricePeriodsDateCreateOrUpdateRequest
            | ElectricityRatePricePeriodsDateCreateOrUpdateRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ElectricityRatePricePeriodsDateCreateOrUpdateResponse:
        """Electricity rate / Price periods / Date / Create or update

        Update the price periods for a specific date. This operation will overwrite all existing periods for the given date, so a complete list must be provided

        Args:
            electricity_rate: The ID of the electricity rate
            date: the date path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PUT /public-api/resources/electricity-rates/v2.0/{electricityRate}/price-periods/date/{date}`` (operationId ``electricityRatePricePeriodsDateCreateOrUpdate``)
        """
        from ..models.electricity_rate_price_periods_date_create_or_update_request import (
            ElectricityRatePricePeriodsDateCreateOrUpdateRequest,
        )
        from ..models.electricity_rate_price_periods_date_create_or_update_response import (
            ElectricityRatePricePeriodsDateCreateOrUpdateResponse,
        )

        return await self._client._request(
            OPERATIONS["electricityRatePricePeriodsDateCreateOrUpdate"],
            ElectricityRatePricePeriodsDateCreateOrUpdateResponse,
            path={"electricityRate": electricity_rate, "date": date},
            body=body,
            timeout=timeout,
            body_type=ElectricityRatePricePeriodsDateCreateOrUpdateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def price_periods_date_delete(
        self,
        electricity_rate: int,
        date: date,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Electricity rate / Price periods / Date / Delete

        Delete the price periods for a specific date.

        Args:
            electricity_rate: The ID of the electricity rate
            date: the date path parameter

        ``DELETE /public-api/resources/electricity-rates/v2.0/{electricityRate}/price-periods/date/{date}`` (operationId ``electricityRatePricePeriodsDateDelete``)
        """
        return await self._client._request(
            OPERATIONS["electricityRatePricePeriodsDateDelete"],
            None,
            path={"electricityRate": electricity_rate, "date": date},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def price_periods_date_listing(
        self,
        electricity_rate: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[ElectricityRatePricePeriodOption2]:
        """Electricity rate / Price periods / Date / Listing

        List all of the configured price period dates

        Args:
            electricity_rate: The ID of the electricity rate

        ``GET /public-api/resources/electricity-rates/v2.0/{electricityRate}/price-periods/date`` (operationId ``electricityRatePricePeriodsDateListing``)
        """
        from ..models.electricity_rate_price_period_option2 import (
            ElectricityRatePricePeriodOption2,
        )

        return self._client._paginate(
            OPERATIONS["electricityRatePricePeriodsDateListing"],
            ElectricityRatePricePeriodOption2,
            path={"electricityRate": electricity_rate},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def price_periods_date_read(
        self,
        electricity_rate: int,
        date: date,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ElectricityRatePricePeriodsDateCreateOrUpdateResponse:
        """Electricity rate / Price periods / Date / Read

        Get the price periods for a specific date.

        Args:
            electricity_rate: The ID of the electricity rate
            date: the date path parameter

        ``GET /public-api/resources/electricity-rates/v2.0/{electricityRate}/price-periods/date/{date}`` (operationId ``electricityRatePricePeriodsDateRead``)
        """
        from ..models.electricity_rate_price_periods_date_create_or_update_response import (
            ElectricityRatePricePeriodsDateCreateOrUpdateResponse,
        )

        return await self._client._request(
            OPERATIONS["electricityRatePricePeriodsDateRead"],
            ElectricityRatePricePeriodsDateCreateOrUpdateResponse,
            path={"electricityRate": electricity_rate, "date": date},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def price_periods_listing(
        self,
        electricity_rate: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[
        ElectricityRatePricePeriodOption1 | ElectricityRatePricePeriodOption2
    ]:
        """Electricity rate / Price periods / Listing

        List all of the configured price period days (including week days and dates)

        Args:
            electricity_rate: The ID of the electricity rate

        ``GET /public-api/resources/electricity-rates/v2.0/{electricityRate}/price-periods`` (operationId ``electricityRatePricePeriodsListing``)
        """
        from ..models.electricity_rate_price_period_option1 import (
            ElectricityRatePricePeriodOption1,
        )
        from ..models.electricity_rate_price_period_option2 import (
            ElectricityRatePricePeriodOption2,
        )

        return self._client._paginate(
            OPERATIONS["electricityRatePricePeriodsListing"],
            ElectricityRatePricePeriodOption1 | ElectricityRatePricePeriodOption2,
            path={"electricityRate": electricity_rate},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def price_periods_week_day_createa_or_update(
        self,
        electricity_rate: int,
        week_day: (
            ElectricityRatePricePeriodsWeekDayCreateaOrUpdateWeekDay
            | ElectricityRatePricePeriodsWeekDayCreateaOrUpdateWeekDayLiteral
        ),
        *,
        body: (
            ElectricityRatePricePeriodsDateCreateOrUpdateRequest
            | ElectricityRatePricePeriodsDateCreateOrUpdateRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ElectricityRatePricePeriodsWeekDayCreateaOrUpdateResponse:
        """Electricity rate / Price periods / Week day / Create or update

        Update the price periods for a specific week day. This operation will overwrite all existing periods for the given day, so a complete list must be provided

        Args:
            electricity_rate: The ID of the electricity rate
            week_day: The week day which is being requested, updated or deleted
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PUT /public-api/resources/electricity-rates/v2.0/{electricityRate}/price-periods/week-day/{weekDay}`` (operationId ``electricityRatePricePeriodsWeekDayCreateaOrUpdate``)
        """
        from ..models.electricity_rate_price_periods_date_create_or_update_request import (
            ElectricityRatePricePeriodsDateCreateOrUpdateRequest,
        )
        from ..models.electricity_rate_price_periods_week_day_createa_or_update_response import (
            ElectricityRatePricePeriodsWeekDayCreateaOrUpdateResponse,
        )

        return await self._client._request(
            OPERATIONS["electricityRatePricePeriodsWeekDayCreateaOrUpdate"],
            ElectricityRatePricePeriodsWeekDayCreateaOrUpdateResponse,
            path={"electricityRate": electricity_rate, "weekDay": week_day},
            body=body,
            timeout=timeout,
            body_type=ElectricityRatePricePeriodsDateCreateOrUpdateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def price_periods_week_day_delete(
        self,
        electricity_rate: int,
        week_day: (
            ElectricityRatePricePeriodsWeekDayCreateaOrUpdateWeekDay
            | ElectricityRatePricePeriodsWeekDayCreateaOrUpdateWeekDayLiteral
        ),
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Electricity rate / Price periods / Week day / Delete

        Delete the price periods for a specific week day.

        Args:
            electricity_rate: The ID of the electricity rate
            week_day: The week day which is being requested, updated or deleted

        ``DELETE /public-api/resources/electricity-rates/v2.0/{electricityRate}/price-periods/week-day/{weekDay}`` (operationId ``electricityRatePricePeriodsWeekDayDelete``)
        """
        return await self._client._request(
            OPERATIONS["electricityRatePricePeriodsWeekDayDelete"],
            None,
            path={"electricityRate": electricity_rate, "weekDay": week_day},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def price_periods_week_day_listing(
        self,
        electricity_rate: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[ElectricityRatePricePeriodOption1]:
        """Electricity rate / Price periods / Week day / Listing

        List all of the configured price period week days

        Args:
            electricity_rate: The ID of the electricity rate

        ``GET /public-api/resources/electricity-rates/v2.0/{electricityRate}/price-periods/week-day`` (operationId ``electricityRatePricePeriodsWeekDayListing``)
        """
        from ..models.electricity_rate_price_period_option1 import (
            ElectricityRatePricePeriodOption1,
        )

        return self._client._paginate(
            OPERATIONS["electricityRatePricePeriodsWeekDayListing"],
            ElectricityRatePricePeriodOption1,
            path={"electricityRate": electricity_rate},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def price_periods_week_day_read(
        self,
        electricity_rate: int,
        week_day: (
            ElectricityRatePricePeriodsWeekDayCreateaOrUpdateWeekDay
            | ElectricityRatePricePeriodsWeekDayCreateaOrUpdateWeekDayLiteral
        ),
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ElectricityRatePricePeriodsWeekDayCreateaOrUpdateResponse:
        """Electricity rate / Price periods / Week day / Read

        Get the price periods for a specific week day.

        Args:
            electricity_rate: The ID of the electricity rate
            week_day: The week day which is being requested, updated or deleted

        ``GET /public-api/resources/electricity-rates/v2.0/{electricityRate}/price-periods/week-day/{weekDay}`` (operationId ``electricityRatePricePeriodsWeekDayRead``)
        """
        from ..models.electricity_rate_price_periods_week_day_createa_or_update_response import (
            ElectricityRatePricePeriodsWeekDayCreateaOrUpdateResponse,
        )

        return await self._client._request(
            OPERATIONS["electricityRatePricePeriodsWeekDayRead"],
            ElectricityRatePricePeriodsWeekDayCreateaOrUpdateResponse,
            path={"electricityRate": electricity_rate, "weekDay": week_day},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def read(
        self,
        electricity_rate: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ElectricityRate:
        """Electricity rate / Read

        Get a single Electricity rate

        Args:
            electricity_rate: The ID of the electricity rate

        ``GET /public-api/resources/electricity-rates/v2.0/{electricityRate}`` (operationId ``electricityRateRead``)
        """
        from ..models.electricity_rate import ElectricityRate

        return await self._client._request(
            OPERATIONS["electricityRateRead"],
            ElectricityRate,
            path={"electricityRate": electricity_rate},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def read_deprecated(
        self,
        electricity_rate: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ElectricityRateDeprecated:
        """Electricity rate / Read

        Get a single Electricity rate

        Deprecated. Use ``client.electricity_rates.read()`` instead.

        Args:
            electricity_rate: The ID of the electricity rate

        ``GET /public-api/resources/electricity-rates/v1.0/{electricityRate}`` (operationId ``electricityRateReadDeprecated``)
        """
        from ..models.electricity_rate_deprecated import ElectricityRateDeprecated

        return await self._client._request(
            OPERATIONS["electricityRateReadDeprecated"],
            ElectricityRateDeprecated,
            path={"electricityRate": electricity_rate},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def update(
        self,
        electricity_rate: int,
        *,
        body: ElectricityRateUpdateRequest | ElectricityRateUpdateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ElectricityRate:
        """Electricity rate / Update

        Update a Electricity rate

        Args:
            electricity_rate: The ID of the electricity rate
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/electricity-rates/v2.0/{electricityRate}`` (operationId ``electricityRateUpdate``)
        """
        from ..models.electricity_rate import ElectricityRate
        from ..models.electricity_rate_update_request import (
            ElectricityRateUpdateRequest,
        )

        return await self._client._request(
            OPERATIONS["electricityRateUpdate"],
            ElectricityRate,
            path={"electricityRate": electricity_rate},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=ElectricityRateUpdateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def update_deprecated(
        self,
        electricity_rate: int,
        *,
        body: (
            ElectricityRateCreateDeprecatedRequest
            | ElectricityRateCreateDeprecatedRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ElectricityRateDeprecated:
        """Electricity rate / Update

        Update a Electricity rate

        Deprecated. Use ``client.electricity_rates.update()`` instead.

        Args:
            electricity_rate: The ID of the electricity rate
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PUT /public-api/resources/electricity-rates/v1.0/{electricityRate}`` (operationId ``electricityRateUpdateDeprecated``)
        """
        from ..models.electricity_rate_create_deprecated_request import (
            ElectricityRateCreateDeprecatedRequest,
        )
        from ..models.electricity_rate_deprecated import ElectricityRateDeprecated

        return await self._client._request(
            OPERATIONS["electricityRateUpdateDeprecated"],
            ElectricityRateDeprecated,
            path={"electricityRate": electricity_rate},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=ElectricityRateCreateDeprecatedRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class ElectricityRatesResourceWithRawResponse:
    """``client.with_raw_response.electricity_rates`` of the sync client: each call returns an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: ElectricityRatesResource) -> None:
        self.create = to_raw(resource.create)
        self.create_deprecated = to_raw(resource.create_deprecated)
        self.delete = to_raw(resource.delete)
        self.delete_deprecated = to_raw(resource.delete_deprecated)
        self.energy_mix_read = to_raw(resource.energy_mix_read)
        self.energy_mix_update = to_raw(resource.energy_mix_update)
        self.listing = to_raw_listing(resource.listing)
        self.listing_deprecated = to_raw_listing(resource.listing_deprecated)
        self.price_periods_date_create_or_update = to_raw(
            resource.price_periods_date_create_or_update
        )
        self.price_periods_date_delete = to_raw(resource.price_periods_date_delete)
        self.price_periods_date_listing = to_raw_listing(
            resource.price_periods_date_listing
        )
        self.price_periods_date_read = to_raw(resource.price_periods_date_read)
        self.price_periods_listing = to_raw_listing(resource.price_periods_listing)
        self.price_periods_week_day_createa_or_update = to_raw(
            resource.price_periods_week_day_createa_or_update
        )
        self.price_periods_week_day_delete = to_raw(
            resource.price_periods_week_day_delete
        )
        self.price_periods_week_day_listing = to_raw_listing(
            resource.price_periods_week_day_listing
        )
        self.price_periods_week_day_read = to_raw(resource.price_periods_week_day_read)
        self.read = to_raw(resource.read)
        self.read_deprecated = to_raw(resource.read_deprecated)
        self.update = to_raw(resource.update)
        self.update_deprecated = to_raw(resource.update_deprecated)


class AsyncElectricityRatesResourceWithRawResponse:
    """``client.with_raw_response.electricity_rates`` of the async client: each call gives an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: AsyncElectricityRatesResource) -> None:
        self.create = to_async_raw(resource.create)
        self.create_deprecated = to_async_raw(resource.create_deprecated)
        self.delete = to_async_raw(resource.delete)
        self.delete_deprecated = to_async_raw(resource.delete_deprecated)
        self.energy_mix_read = to_async_raw(resource.energy_mix_read)
        self.energy_mix_update = to_async_raw(resource.energy_mix_update)
        self.listing = to_async_raw_listing(resource.listing)
        self.listing_deprecated = to_async_raw_listing(resource.listing_deprecated)
        self.price_periods_date_create_or_update = to_async_raw(
            resource.price_periods_date_create_or_update
        )
        self.price_periods_date_delete = to_async_raw(
            resource.price_periods_date_delete
        )
        self.price_periods_date_listing = to_async_raw_listing(
            resource.price_periods_date_listing
        )
        self.price_periods_date_read = to_async_raw(resource.price_periods_date_read)
        self.price_periods_listing = to_async_raw_listing(
            resource.price_periods_listing
        )
        self.price_periods_week_day_createa_or_update = to_async_raw(
            resource.price_periods_week_day_createa_or_update
        )
        self.price_periods_week_day_delete = to_async_raw(
            resource.price_periods_week_day_delete
        )
        self.price_periods_week_day_listing = to_async_raw_listing(
            resource.price_periods_week_day_listing
        )
        self.price_periods_week_day_read = to_async_raw(
            resource.price_periods_week_day_read
        )
        self.read = to_async_raw(resource.read)
        self.read_deprecated = to_async_raw(resource.read_deprecated)
        self.update = to_async_raw(resource.update)
        self.update_deprecated = to_async_raw(resource.update_deprecated)


class ElectricityRatesResourceWithStreamingResponse:
    """``client.with_streaming_response.electricity_rates`` of the sync client: each call returns a manager: ``with`` it for the unread response."""

    def __init__(self, resource: ElectricityRatesResource) -> None:
        self.create = to_streamed(resource.create)
        self.create_deprecated = to_streamed(resource.create_deprecated)
        self.delete = to_streamed(resource.delete)
        self.delete_deprecated = to_streamed(resource.delete_deprecated)
        self.energy_mix_read = to_streamed(resource.energy_mix_read)
        self.energy_mix_update = to_streamed(resource.energy_mix_update)
        self.listing = to_streamed_listing(resource.listing)
        self.listing_deprecated = to_streamed_listing(resource.listing_deprecated)
        self.price_periods_date_create_or_update = to_streamed(
            resource.price_periods_date_create_or_update
        )
        self.price_periods_date_delete = to_streamed(resource.price_periods_date_delete)
        self.price_periods_date_listing = to_streamed_listing(
            resource.price_periods_date_listing
        )
        self.price_periods_date_read = to_streamed(resource.price_periods_date_read)
        self.price_periods_listing = to_streamed_listing(resource.price_periods_listing)
        self.price_periods_week_day_createa_or_update = to_streamed(
            resource.price_periods_week_day_createa_or_update
        )
        self.price_periods_week_day_delete = to_streamed(
            resource.price_periods_week_day_delete
        )
        self.price_periods_week_day_listing = to_streamed_listing(
            resource.price_periods_week_day_listing
        )
        self.price_periods_week_day_read = to_streamed(
            resource.price_periods_week_day_read
        )
        self.read = to_streamed(resource.read)
        self.read_deprecated = to_streamed(resource.read_deprecated)
        self.update = to_streamed(resource.update)
        self.update_deprecated = to_streamed(resource.update_deprecated)


class AsyncElectricityRatesResourceWithStreamingResponse:
    """``client.with_streaming_response.electricity_rates`` of the async client: each call returns a manager: ``async with`` it for the unread response."""

    def __init__(self, resource: AsyncElectricityRatesResource) -> None:
        self.create = to_async_streamed(resource.create)
        self.create_deprecated = to_async_streamed(resource.create_deprecated)
        self.delete = to_async_streamed(resource.delete)
        self.delete_deprecated = to_async_streamed(resource.delete_deprecated)
        self.energy_mix_read = to_async_streamed(resource.energy_mix_read)
        self.energy_mix_update = to_async_streamed(resource.energy_mix_update)
        self.listing = to_async_streamed_listing(resource.listing)
        self.listing_deprecated = to_async_streamed_listing(resource.listing_deprecated)
        self.price_periods_date_create_or_update = to_async_streamed(
            resource.price_periods_date_create_or_update
        )
        self.price_periods_date_delete = to_async_streamed(
            resource.price_periods_date_delete
        )
        self.price_periods_date_listing = to_async_streamed_listing(
            resource.price_periods_date_listing
        )
        self.price_periods_date_read = to_async_streamed(
            resource.price_periods_date_read
        )
        self.price_periods_listing = to_async_streamed_listing(
            resource.price_periods_listing
        )
        self.price_periods_week_day_createa_or_update = to_async_streamed(
            resource.price_periods_week_day_createa_or_update
        )
        self.price_periods_week_day_delete = to_async_streamed(
            resource.price_periods_week_day_delete
        )
        self.price_periods_week_day_listing = to_async_streamed_listing(
            resource.price_periods_week_day_listing
        )
        self.price_periods_week_day_read = to_async_streamed(
            resource.price_periods_week_day_read
        )
        self.read = to_async_streamed(resource.read)
        self.read_deprecated = to_async_streamed(resource.read_deprecated)
        self.update = to_async_streamed(resource.update)
        self.update_deprecated = to_async_streamed(resource.update_deprecated)
