"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import time

from pydantic import Field

from .._runtime.models import AmpecoModel
from .electricity_rate_deprecated_interval_pricing_item_week_day import (
    ElectricityRateDeprecatedIntervalPricingItemWeekDay,
)


class ChargePointSmartChargingPreferencesOption1PreferencesWeekDay(AmpecoModel):
    days: list[ElectricityRateDeprecatedIntervalPricingItemWeekDay]
    """Specify the day(s) for which the schedule will apply."""
    start_time: time = Field(
        validation_alias="startTime", serialization_alias="startTime"
    )
    """Start of preferred charging window for chosen day(s)."""
    end_time: time = Field(validation_alias="endTime", serialization_alias="endTime")
    """End of preferred charging window for chosen day(s)."""
