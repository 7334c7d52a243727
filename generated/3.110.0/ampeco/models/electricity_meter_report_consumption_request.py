"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime

from pydantic import Field

from .._runtime.models import SDKModel


class ElectricityMeterReportConsumptionRequest(SDKModel):
    timestamp: datetime | None = None
    """The timestamp of the measurements. ISO 8601 formatted date."""
    current_l1: int | None = Field(
        default=None, validation_alias="currentL1", serialization_alias="currentL1"
    )
    """The current on L1 in milliamperes (mA)"""
    current_l2: int | None = Field(
        default=None, validation_alias="currentL2", serialization_alias="currentL2"
    )
    """The current on L2 in milliamperes (mA)"""
    current_l3: int | None = Field(
        default=None, validation_alias="currentL3", serialization_alias="currentL3"
    )
    """The current on L3 in milliamperes (mA)"""
