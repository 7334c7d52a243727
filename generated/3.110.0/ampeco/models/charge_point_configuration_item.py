"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .charge_point_configuration_read_key_option1 import (
    ChargePointConfigurationReadKeyOption1,
)

if TYPE_CHECKING:
    from ..params import ChargePointConfigurationReadKeyOption1Literal


class ChargePointConfigurationItem(SDKModel):
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

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            key: (
                ChargePointConfigurationReadKeyOption1
                | ChargePointConfigurationReadKeyOption1Literal
                | None
            ) = ...,
            value: str | None = ...,
            readonly: bool | None = ...,
            required: bool | None = ...,
            timestamp: datetime | None = ...,
            last_updated_at: datetime | None = ...,
        ) -> None: ...
