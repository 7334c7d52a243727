"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import date

from pydantic import Field

from .._runtime.models import SDKModel
from .electricity_rate_price_period_option1_period import (
    ElectricityRatePricePeriodOption1Period,
)


class ElectricityRatePricePeriodOption2(SDKModel):
    date_: date = Field(validation_alias="date", serialization_alias="date")
    """The date that the provided periods apply to. Uses the YYYY-MM-DD date format."""
    periods: list[ElectricityRatePricePeriodOption1Period]
