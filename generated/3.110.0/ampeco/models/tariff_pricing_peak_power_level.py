"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import SDKModel


class TariffPricingPeakPowerLevel(SDKModel):
    peak_power_up_to_kw: float = Field(
        validation_alias="peakPowerUpToKw", serialization_alias="peakPowerUpToKw"
    )
    regular_price_per_minute: float = Field(
        validation_alias="regularPricePerMinute",
        serialization_alias="regularPricePerMinute",
    )
    excess_use_price_per_min: float = Field(
        validation_alias="excessUsePricePerMin",
        serialization_alias="excessUsePricePerMin",
    )
