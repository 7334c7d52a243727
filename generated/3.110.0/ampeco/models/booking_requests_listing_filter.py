"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .booking_request_option1_status import BookingRequestOption1Status

if TYPE_CHECKING:
    from ..params import BookingRequestOption1StatusLiteral


class BookingRequestsListingFilter(SDKModel):
    status: BookingRequestOption1Status | None = None
    """Filter by booking request status"""
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
    """Filter requests with start time after this date"""
    start_before: datetime | None = Field(
        default=None, validation_alias="startBefore", serialization_alias="startBefore"
    )
    """Filter requests with start time before this date"""
    end_after: datetime | None = Field(
        default=None, validation_alias="endAfter", serialization_alias="endAfter"
    )
    """Filter requests with end time after this date"""
    end_before: datetime | None = Field(
        default=None, validation_alias="endBefore", serialization_alias="endBefore"
    )
    """Filter requests with end time before this date"""
    created_after: datetime | None = Field(
        default=None,
        validation_alias="createdAfter",
        serialization_alias="createdAfter",
    )
    """Filter requests that were created after this date"""
    created_before: datetime | None = Field(
        default=None,
        validation_alias="createdBefore",
        serialization_alias="createdBefore",
    )
    """Filter requests that were created before this date"""
    external_id: str | None = Field(
        default=None, validation_alias="externalId", serialization_alias="externalId"
    )
    """Filter by external identifier from roaming partner (e.g., OCPI request_id)"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            status: (
                BookingRequestOption1Status | BookingRequestOption1StatusLiteral | None
            ) = ...,
            user_id: int | None = ...,
            location_id: int | None = ...,
            start_after: datetime | None = ...,
            start_before: datetime | None = ...,
            end_after: datetime | None = ...,
            end_before: datetime | None = ...,
            created_after: datetime | None = ...,
            created_before: datetime | None = ...,
            external_id: str | None = ...,
        ) -> None: ...
