"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from __future__ import annotations

from pydantic import Field

from .._runtime.models import SDKModel


class TariffPricingPricePeriodsIdleFeePeriods(SDKModel):
    fee: list[float] | None = None


class TariffPricingPricePeriods(SDKModel):
    connection_fee_periods: TariffPricingPricePeriodsIdleFeePeriods | None = Field(
        default=None,
        validation_alias="connectionFeePeriods",
        serialization_alias="connectionFeePeriods",
    )
    energy_fee_periods: TariffPricingPricePeriodsIdleFeePeriods | None = Field(
        default=None,
        validation_alias="energyFeePeriods",
        serialization_alias="energyFeePeriods",
    )
    duration_fee_periods: TariffPricingPricePeriodsIdleFeePeriods | None = Field(
        default=None,
        validation_alias="durationFeePeriods",
        serialization_alias="durationFeePeriods",
    )
    idle_fee_periods: TariffPricingPricePeriodsIdleFeePeriods | None = Field(
        default=None,
        validation_alias="idleFeePeriods",
        serialization_alias="idleFeePeriods",
    )


TariffPricingPricePeriods.model_rebuild()
TariffPricingPricePeriodsIdleFeePeriods.model_rebuild()
