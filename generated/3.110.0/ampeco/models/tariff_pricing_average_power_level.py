"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import SDKModel


class TariffPricingAveragePowerLevel(SDKModel):
    average_power_up_to_kw: float = Field(
        validation_alias="averagePowerUpToKw", serialization_alias="averagePowerUpToKw"
    )
    price_per_minute: float = Field(
        validation_alias="pricePerMinute", serialization_alias="pricePerMinute"
    )
