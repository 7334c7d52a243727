"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime

from pydantic import Field

from .._runtime.models import SDKModel


class HistoricalTimeSeries(SDKModel):
    id: int | None = None
    asset_id: int = Field(validation_alias="assetId", serialization_alias="assetId")
    """ID of the Flexibility Asset"""
    start_time: datetime = Field(
        validation_alias="startTime", serialization_alias="startTime"
    )
    end_time: datetime = Field(
        validation_alias="endTime", serialization_alias="endTime"
    )
    energy: int
    """Energy output during the period in Wh."""
