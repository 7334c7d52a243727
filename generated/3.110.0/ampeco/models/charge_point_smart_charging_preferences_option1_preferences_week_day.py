"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import time
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .electricity_rate_deprecated_interval_pricing_item_week_day import (
    ElectricityRateDeprecatedIntervalPricingItemWeekDay,
)

if TYPE_CHECKING:
    from ..params import ElectricityRateDeprecatedIntervalPricingItemWeekDayLiteral


class ChargePointSmartChargingPreferencesOption1PreferencesWeekDay(SDKModel):
    days: list[ElectricityRateDeprecatedIntervalPricingItemWeekDay]
    """Specify the day(s) for which the schedule will apply."""
    start_time: time = Field(
        validation_alias="startTime", serialization_alias="startTime"
    )
    """Start of preferred charging window for chosen day(s)."""
    end_time: time = Field(validation_alias="endTime", serialization_alias="endTime")
    """End of preferred charging window for chosen day(s)."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            days: list[
                ElectricityRateDeprecatedIntervalPricingItemWeekDay
                | ElectricityRateDeprecatedIntervalPricingItemWeekDayLiteral
            ],
            start_time: time,
            end_time: time,
        ) -> None: ...
