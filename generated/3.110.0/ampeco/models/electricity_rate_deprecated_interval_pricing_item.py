"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import AmpecoModel
from .electricity_rate_deprecated_interval_pricing_item_element import (
    ElectricityRateDeprecatedIntervalPricingItemElement,
)
from .electricity_rate_deprecated_interval_pricing_item_week_day import (
    ElectricityRateDeprecatedIntervalPricingItemWeekDay,
)


class ElectricityRateDeprecatedIntervalPricingItem(AmpecoModel):
    week_days: list[ElectricityRateDeprecatedIntervalPricingItemWeekDay] = Field(
        validation_alias="weekDays", serialization_alias="weekDays"
    )
    """Specify the day for which the pricing would be valid."""
    elements: list[ElectricityRateDeprecatedIntervalPricingItemElement] | None = None
