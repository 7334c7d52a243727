"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .electricity_rate_price_period_option1_period import (
    ElectricityRatePricePeriodOption1Period,
)
from .electricity_rate_price_periods_week_day_createa_or_update_week_day import (
    ElectricityRatePricePeriodsWeekDayCreateaOrUpdateWeekDay,
)

if TYPE_CHECKING:
    from ..params import ElectricityRatePricePeriodsWeekDayCreateaOrUpdateWeekDayLiteral


class ElectricityRatePricePeriodOption1(SDKModel):
    week_day: ElectricityRatePricePeriodsWeekDayCreateaOrUpdateWeekDay = Field(
        validation_alias="weekDay", serialization_alias="weekDay"
    )
    """The weekday that the provided periods apply to. Can be one of the listed days of the week or `any` to signify that the periods apply to any week day.
    Once an electricity rate has `any` day defined, further requests providing a specific weekday will be rejected.
    Once an electricity rate has a specific week day defined, further requests providing `any` will be rejected.
    """
    periods: list[ElectricityRatePricePeriodOption1Period]

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            week_day: (
                ElectricityRatePricePeriodsWeekDayCreateaOrUpdateWeekDay
                | ElectricityRatePricePeriodsWeekDayCreateaOrUpdateWeekDayLiteral
            ),
            periods: list[ElectricityRatePricePeriodOption1Period],
        ) -> None: ...
