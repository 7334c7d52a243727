"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .electricity_rate_deprecated_interval_pricing_item_element import (
    ElectricityRateDeprecatedIntervalPricingItemElement,
)
from .electricity_rate_deprecated_interval_pricing_item_week_day import (
    ElectricityRateDeprecatedIntervalPricingItemWeekDay,
)

if TYPE_CHECKING:
    from ..params import ElectricityRateDeprecatedIntervalPricingItemWeekDayLiteral


class ElectricityRateDeprecatedIntervalPricingItem(SDKModel):
    week_days: list[ElectricityRateDeprecatedIntervalPricingItemWeekDay] = Field(
        validation_alias="weekDays", serialization_alias="weekDays"
    )
    """Specify the day for which the pricing would be valid."""
    elements: list[ElectricityRateDeprecatedIntervalPricingItemElement] | None = None

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            week_days: list[
                ElectricityRateDeprecatedIntervalPricingItemWeekDay
                | ElectricityRateDeprecatedIntervalPricingItemWeekDayLiteral
            ],
            elements: (
                list[ElectricityRateDeprecatedIntervalPricingItemElement] | None
            ) = ...,
        ) -> None: ...
