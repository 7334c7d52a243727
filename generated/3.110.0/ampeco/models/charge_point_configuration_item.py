"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime

from pydantic import Field

from .._runtime.models import AmpecoModel
from .charge_point_configuration_read_key_option1 import (
    ChargePointConfigurationReadKeyOption1,
)


class ChargePointConfigurationItem(AmpecoModel):
    key: ChargePointConfigurationReadKeyOption1 | None = None
    value: str | None = None
    readonly: bool | None = None
    required: bool | None = None
    timestamp: datetime | None = None
    """When was the configuration last updated"""
    last_updated_at: datetime | None = Field(
        default=None,
        validation_alias="lastUpdatedAt",
        serialization_alias="lastUpdatedAt",
    )
    """ISO 8601 formatted date"""
