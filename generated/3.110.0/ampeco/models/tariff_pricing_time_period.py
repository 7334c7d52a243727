"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import SDKModel


class TariffPricingTimePeriod(SDKModel):
    start_time: str = Field(
        validation_alias="startTime", serialization_alias="startTime"
    )
    """The 24-hour format should be used."""
    end_time: str = Field(validation_alias="endTime", serialization_alias="endTime")
    """The 24-hour format should be used."""
