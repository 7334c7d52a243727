"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime

from pydantic import Field

from .._runtime.models import AmpecoModel
from .evse_downtime_period_type import EvseDowntimePeriodType


class DowntimePeriodNotice(AmpecoModel):
    id: int
    type: EvseDowntimePeriodType
    notice: str
    description: str | None = None
    created_at: datetime = Field(
        validation_alias="createdAt", serialization_alias="createdAt"
    )
    """ISO 8601 formatted date"""
    last_updated_at: datetime = Field(
        validation_alias="lastUpdatedAt", serialization_alias="lastUpdatedAt"
    )
    """ISO 8601 formatted date"""
