"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import SDKModel


class ElectricityRateDeprecatedIntervalPricingItemElement(SDKModel):
    start_at: str = Field(validation_alias="startAt", serialization_alias="startAt")
    """Example 00:00:00"""
    end_at: str = Field(validation_alias="endAt", serialization_alias="endAt")
    """Example 01:00:00"""
    price: float | None = None
