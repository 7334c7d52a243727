"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import date

from pydantic import Field

from .._runtime.models import SDKModel
from .electricity_rate_deprecated_interval_pricing_item_element import (
    ElectricityRateDeprecatedIntervalPricingItemElement,
)


class ElectricityRateDeprecatedIntervalSpecialPricingItem(SDKModel):
    special_pricing_name: str = Field(
        validation_alias="specialPricingName", serialization_alias="specialPricingName"
    )
    valid_on: list[date] = Field(
        validation_alias="validOn", serialization_alias="validOn"
    )
    """A list of dates when the special pricing would apply, e.g. holidays, promo days, etc."""
    elements: list[ElectricityRateDeprecatedIntervalPricingItemElement] | None = None
