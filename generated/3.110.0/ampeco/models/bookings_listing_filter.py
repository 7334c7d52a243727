"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .booking_status import BookingStatus

if TYPE_CHECKING:
    from ..params import BookingStatusLiteral


class BookingsListingFilter(SDKModel):
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

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            status: BookingStatus | BookingStatusLiteral | None = ...,
            user_id: int | None = ...,
            location_id: int | None = ...,
            start_after: datetime | None = ...,
            start_before: datetime | None = ...,
            end_after: datetime | None = ...,
            end_before: datetime | None = ...,
        ) -> None: ...
