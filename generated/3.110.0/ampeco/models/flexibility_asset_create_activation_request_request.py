"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from __future__ import annotations

from datetime import datetime

from pydantic import Field

from .._runtime.models import SDKModel


class FlexibilityAssetCreateActivationRequestRequestPeriod(SDKModel):
    start_time: datetime = Field(
        validation_alias="startTime", serialization_alias="startTime"
    )
    end_time: datetime = Field(
        validation_alias="endTime", serialization_alias="endTime"
    )
    energy: int | None = None
    """The target energy (Wh) that the system should achieve during the specified time period. Only one is required: maxPower or energy."""
    max_power: int | None = Field(
        default=None, validation_alias="maxPower", serialization_alias="maxPower"
    )
    """The target power (W) that the system should achieve during the specified time period. Only one is required: maxPower or energy."""


class FlexibilityAssetCreateActivationRequestRequest(SDKModel):
    periods: list[FlexibilityAssetCreateActivationRequestRequestPeriod] | None = None


FlexibilityAssetCreateActivationRequestRequest.model_rebuild()
FlexibilityAssetCreateActivationRequestRequestPeriod.model_rebuild()
