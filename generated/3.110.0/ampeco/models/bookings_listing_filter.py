"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime

from pydantic import Field

from .._runtime.models import AmpecoModel
from .booking_status import BookingStatus


class BookingsListingFilter(AmpecoModel):
    status: BookingStatus | None = None
    """Filter by booking status"""
    user_id: int | None = Field(
        default=None, validation_alias="userId", serialization_alias="userId"
    )
    """Filter by user ID"""
    location_id: int | None = Field(
        default=None, validation_alias="locationId", serialization_alias="locationId"
    )
    """Filter by location ID"""
    start_after: datetime | None = Field(
        default=None, validation_alias="startAfter", serialization_alias="startAfter"
    )
    """Filter bookings with start time after this date"""
    start_before: datetime | None = Field(
        default=None, validation_alias="startBefore", serialization_alias="startBefore"
    )
    """Filter bookings with start time before this date"""
    end_after: datetime | None = Field(
        default=None, validation_alias="endAfter", serialization_alias="endAfter"
    )
    """Filter bookings with end time after this date"""
    end_before: datetime | None = Field(
        default=None, validation_alias="endBefore", serialization_alias="endBefore"
    )
    """Filter bookings with end time before this date"""
