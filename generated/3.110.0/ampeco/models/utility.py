"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import Any

from pydantic import Field

from .._runtime.models import SDKModel


class Utility(SDKModel):
    id: int
    name: str
    charge_points_count: int = Field(
        validation_alias="chargePointsCount", serialization_alias="chargePointsCount"
    )
    electricity_rates_count: int = Field(
        validation_alias="electricityRatesCount",
        serialization_alias="electricityRatesCount",
    )
    created_at: datetime = Field(
        validation_alias="createdAt", serialization_alias="createdAt"
    )
    updated_at: datetime | None = Field(
        default=None, validation_alias="updatedAt", serialization_alias="updatedAt"
    )
    last_updated_at: Any = Field(
        validation_alias="lastUpdatedAt", serialization_alias="lastUpdatedAt"
    )
