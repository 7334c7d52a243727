"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime

from pydantic import Field

from .._runtime.models import SDKModel


class TimeSeriesForecast(SDKModel):
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
    """Predicted energy output during the period in Wh."""
    downward_regulation_potential: int = Field(
        validation_alias="downwardRegulationPotential",
        serialization_alias="downwardRegulationPotential",
    )
    """Potential decrease in energy output in Wh."""
    upward_regulation_potential: int = Field(
        validation_alias="upwardRegulationPotential",
        serialization_alias="upwardRegulationPotential",
    )
    """Potential increase in energy output in Wh."""
