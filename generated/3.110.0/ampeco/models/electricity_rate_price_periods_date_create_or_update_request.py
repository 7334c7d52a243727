"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import SDKModel
from .electricity_rate_price_period_option1_period import (
    ElectricityRatePricePeriodOption1Period,
)


class ElectricityRatePricePeriodsDateCreateOrUpdateRequest(SDKModel):
    periods: list[ElectricityRatePricePeriodOption1Period]
