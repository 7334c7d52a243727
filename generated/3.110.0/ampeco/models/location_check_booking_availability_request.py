"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime

from pydantic import Field

from .._runtime.models import SDKModel


class LocationCheckBookingAvailabilityRequest(SDKModel):
    """Request for checking booking availability at a location"""

    start_after: datetime = Field(
        validation_alias="startAfter", serialization_alias="startAfter"
    )
    """Start of the time frame to check"""
    end_before: datetime = Field(
        validation_alias="endBefore", serialization_alias="endBefore"
    )
    """End of the time frame to check. Time-frame is limited to 7 days."""
