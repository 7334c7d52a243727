"""Operations of ``client.electricity_rates`` (resource / electricity rates)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from .._operations import OPERATIONS
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

__all__ = ["AsyncElectricityRatesResource", "ElectricityRatesResource"]


class ElectricityRatesResource:
    """Synchronous operations of resource / electricity rates."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(
        self,
        *,
        body: ElectricityRateCreateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ElectricityRate:
        """Electricity rate / Create

        Create a new Electricity rate

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/electricity-rates/v2.0`` (operationId ``electricityRateCreate``)
        """
        from ..models.electricity_rate import ElectricityRate

        return self._client._request(
            OPERATIONS["electricityRateCreate"],
            ElectricityRate,
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    def create_deprecated(
        self,
        *,
        body: ElectricityRateCreateDeprecatedRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ElectricityRateDeprecated:
        """Electricity rate / Create

        Create a new Electricity rate

        Deprecated. Use ``client.electricity_rates.create()`` instead.

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/electricity-rates/v1.0`` (operationId ``electricityRateCreateDeprecated``)
        """
        from ..models.electricity_rate_deprecated import ElectricityRateDeprecated

        return self._client._request(
            OPERATIONS["electricityRateCreateDeprecated"],
            ElectricityRateDeprecated,
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    def delete(
        self,
        electricity_rate: int,
        *,
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
        )

    def delete_deprecated(
        self,
        electricity_rate: int,
        *,
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
        )

    def energy_mix_read(
        self,
        electricity_rate: int,
        *,
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
        )

    def energy_mix_update(
        self,
        electricity_rate: int,
        *,
        body: ElectricityRateEnergyMix | Mapping[str, Any],
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
        )

    def listing(
        self,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
        filter: ElectricityRatesListingFilter | Mapping[str, Any] | None = None,
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

        return self._client._paginate(
            OPERATIONS["electricityRatesListing"],
            ElectricityRate,
            query={"per_page": per_page, "cursor": cursor, "filter": filter},
            timeout=timeout,
        )

    def listing_deprecated(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        filter: (
            ElectricityRatesListingDeprecatedFilter | Mapping[str, Any] | None
        ) = None,
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

        return self._client._paginate(
            OPERATIONS["electricityRatesListingDeprecated"],
            ElectricityRateDeprecated,
            query={"page": page, "per_page": per_page, "filter": filter},
            timeout=timeout,
        )

    def price_periods_date_create_or_update(
        self,
        electricity_rate: int,
        date: date,
        *,
        body: ElectricityRatePricePeriodsDateCreateOrUpdateRequest | Mapping[str, Any],
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
        from ..models.electricity_rate_price_periods_date_create_or_update_response import (
            ElectricityRatePricePeriodsDateCreateOrUpdateResponse,
        )

        return self._client._request(
            OPERATIONS["electricityRatePricePeriodsDateCreateOrUpdate"],
            ElectricityRatePricePeriodsDateCreateOrUpdateResponse,
            path={"electricityRate": electricity_rate, "date": date},
            body=body,
            timeout=timeout,
        )

    def price_periods_date_delete(
        self,
        electricity_rate: int,
        date: date,
        *,
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
        )

    def price_periods_date_listing(
        self,
        electricity_rate: int,
        *,
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
        )

    def price_periods_date_read(
        self,
        electricity_rate: int,
        date: date,
        *,
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
        )

    def price_periods_listing(
        self,
        electricity_rate: int,
        *,
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
        )

    def price_periods_week_day_createa_or_update(
        self,
        electricity_rate: int,
        week_day: ElectricityRatePricePeriodsWeekDayCreateaOrUpdateWeekDay | str,
        *,
        body: ElectricityRatePricePeriodsDateCreateOrUpdateRequest | Mapping[str, Any],
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
        from ..models.electricity_rate_price_periods_week_day_createa_or_update_response import (
            ElectricityRatePricePeriodsWeekDayCreateaOrUpdateResponse,
        )

        return self._client._request(
            OPERATIONS["electricityRatePricePeriodsWeekDayCreateaOrUpdate"],
            ElectricityRatePricePeriodsWeekDayCreateaOrUpdateResponse,
            path={"electricityRate": electricity_rate, "weekDay": week_day},
            body=body,
            timeout=timeout,
        )

    def price_periods_week_day_delete(
        self,
        electricity_rate: int,
        week_day: ElectricityRatePricePeriodsWeekDayCreateaOrUpdateWeekDay | str,
        *,
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
        )

    def price_periods_week_day_listing(
        self,
        electricity_rate: int,
        *,
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
        )

    def price_periods_week_day_read(
        self,
        electricity_rate: int,
        week_day: ElectricityRatePricePeriodsWeekDayCreateaOrUpdateWeekDay | str,
        *,
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
        )

    def read(
        self,
        electricity_rate: int,
        *,
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
        )

    def read_deprecated(
        self,
        electricity_rate: int,
        *,
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
        )

    def update(
        self,
        electricity_rate: int,
        *,
        body: ElectricityRateUpdateRequest | Mapping[str, Any],
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

        return self._client._request(
            OPERATIONS["electricityRateUpdate"],
            ElectricityRate,
            path={"electricityRate": electricity_rate},
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    def update_deprecated(
        self,
        electricity_rate: int,
        *,
        body: ElectricityRateCreateDeprecatedRequest | Mapping[str, Any],
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
        from ..models.electricity_rate_deprecated import ElectricityRateDeprecated

        return self._client._request(
            OPERATIONS["electricityRateUpdateDeprecated"],
            ElectricityRateDeprecated,
            path={"electricityRate": electricity_rate},
            body=body,
            unwrap="data",
            timeout=timeout,
        )


class AsyncElectricityRatesResource:
    """Asynchronous operations of resource / electricity rates."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: ElectricityRateCreateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ElectricityRate:
        """Electricity rate / Create

        Create a new Electricity rate

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/electricity-rates/v2.0`` (operationId ``electricityRateCreate``)
        """
        from ..models.electricity_rate import ElectricityRate

        return await self._client._request(
            OPERATIONS["electricityRateCreate"],
            ElectricityRate,
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    async def create_deprecated(
        self,
        *,
        body: ElectricityRateCreateDeprecatedRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ElectricityRateDeprecated:
        """Electricity rate / Create

        Create a new Electricity rate

        Deprecated. Use ``client.electricity_rates.create()`` instead.

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/electricity-rates/v1.0`` (operationId ``electricityRateCreateDeprecated``)
        """
        from ..models.electricity_rate_deprecated import ElectricityRateDeprecated

        return await self._client._request(
            OPERATIONS["electricityRateCreateDeprecated"],
            ElectricityRateDeprecated,
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    async def delete(
        self,
        electricity_rate: int,
        *,
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
        )

    async def delete_deprecated(
        self,
        electricity_rate: int,
        *,
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
        )

    async def energy_mix_read(
        self,
        electricity_rate: int,
        *,
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
        )

    async def energy_mix_update(
        self,
        electricity_rate: int,
        *,
        body: ElectricityRateEnergyMix | Mapping[str, Any],
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
        )

    def listing(
        self,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
        filter: ElectricityRatesListingFilter | Mapping[str, Any] | None = None,
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

        return self._client._paginate(
            OPERATIONS["electricityRatesListing"],
            ElectricityRate,
            query={"per_page": per_page, "cursor": cursor, "filter": filter},
            timeout=timeout,
        )

    def listing_deprecated(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        filter: (
            ElectricityRatesListingDeprecatedFilter | Mapping[str, Any] | None
        ) = None,
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

        return self._client._paginate(
            OPERATIONS["electricityRatesListingDeprecated"],
            ElectricityRateDeprecated,
            query={"page": page, "per_page": per_page, "filter": filter},
            timeout=timeout,
        )

    async def price_periods_date_create_or_update(
        self,
        electricity_rate: int,
        date: date,
        *,
        body: ElectricityRatePricePeriodsDateCreateOrUpdateRequest | Mapping[str, Any],
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
        from ..models.electricity_rate_price_periods_date_create_or_update_response import (
            ElectricityRatePricePeriodsDateCreateOrUpdateResponse,
        )

        return await self._client._request(
            OPERATIONS["electricityRatePricePeriodsDateCreateOrUpdate"],
            ElectricityRatePricePeriodsDateCreateOrUpdateResponse,
            path={"electricityRate": electricity_rate, "date": date},
            body=body,
            timeout=timeout,
        )

    async def price_periods_date_delete(
        self,
        electricity_rate: int,
        date: date,
        *,
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
        )

    def price_periods_date_listing(
        self,
        electricity_rate: int,
        *,
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
        )

    async def price_periods_date_read(
        self,
        electricity_rate: int,
        date: date,
        *,
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
        )

    def price_periods_listing(
        self,
        electricity_rate: int,
        *,
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
        )

    async def price_periods_week_day_createa_or_update(
        self,
        electricity_rate: int,
        week_day: ElectricityRatePricePeriodsWeekDayCreateaOrUpdateWeekDay | str,
        *,
        body: ElectricityRatePricePeriodsDateCreateOrUpdateRequest | Mapping[str, Any],
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
        from ..models.electricity_rate_price_periods_week_day_createa_or_update_response import (
            ElectricityRatePricePeriodsWeekDayCreateaOrUpdateResponse,
        )

        return await self._client._request(
            OPERATIONS["electricityRatePricePeriodsWeekDayCreateaOrUpdate"],
            ElectricityRatePricePeriodsWeekDayCreateaOrUpdateResponse,
            path={"electricityRate": electricity_rate, "weekDay": week_day},
            body=body,
            timeout=timeout,
        )

    async def price_periods_week_day_delete(
        self,
        electricity_rate: int,
        week_day: ElectricityRatePricePeriodsWeekDayCreateaOrUpdateWeekDay | str,
        *,
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
        )

    def price_periods_week_day_listing(
        self,
        electricity_rate: int,
        *,
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
        )

    async def price_periods_week_day_read(
        self,
        electricity_rate: int,
        week_day: ElectricityRatePricePeriodsWeekDayCreateaOrUpdateWeekDay | str,
        *,
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
        )

    async def read(
        self,
        electricity_rate: int,
        *,
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
        )

    async def read_deprecated(
        self,
        electricity_rate: int,
        *,
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
        )

    async def update(
        self,
        electricity_rate: int,
        *,
        body: ElectricityRateUpdateRequest | Mapping[str, Any],
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

        return await self._client._request(
            OPERATIONS["electricityRateUpdate"],
            ElectricityRate,
            path={"electricityRate": electricity_rate},
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    async def update_deprecated(
        self,
        electricity_rate: int,
        *,
        body: ElectricityRateCreateDeprecatedRequest | Mapping[str, Any],
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
        from ..models.electricity_rate_deprecated import ElectricityRateDeprecated

        return await self._client._request(
            OPERATIONS["electricityRateUpdateDeprecated"],
            ElectricityRateDeprecated,
            path={"electricityRate": electricity_rate},
            body=body,
            unwrap="data",
            timeout=timeout,
        )
