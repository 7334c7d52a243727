"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .booking_request_option1_authorized_token import (
    BookingRequestOption1AuthorizedToken,
)
from .booking_status import BookingStatus
from .location_access_method import LocationAccessMethod

if TYPE_CHECKING:
    from ..params import BookingStatusLiteral, LocationAccessMethodLiteral


class BookingListItem(SDKModel):
    """Booking information for listing views (without detailed EVSE information)"""

    id: int
    """System-generated unique identifier"""
    user_id: int | None = Field(
        default=None, validation_alias="userId", serialization_alias="userId"
    )
    """ID of the user associated with the booking"""
    authorized_tokens: list[BookingRequestOption1AuthorizedToken] | None = Field(
        default=None,
        validation_alias="authorizedTokens",
        serialization_alias="authorizedTokens",
    )
    """Array of OCPI token details authorized for this booking, including eMSP information for roaming scenarios. Only present when the booking has authorized tokens (omitted when empty or null)."""
    location_id: int = Field(
        validation_alias="locationId", serialization_alias="locationId"
    )
    """ID of the location for the booking"""
    start_at: datetime = Field(
        validation_alias="startAt", serialization_alias="startAt"
    )
    """Confirmed start time of the booking"""
    end_at: datetime = Field(validation_alias="endAt", serialization_alias="endAt")
    """Confirmed end time of the booking"""
    status: BookingStatus
    """Status of booking:
    - **accepted**: Booking has been approved and confirmed
    - **reserved**: EVSE has been reserved via OCPP ReserveNow command
    - **completed**: User has started a charging session and fulfilled the booking
    - **cancelled**: Booking has been cancelled by user or system
    - **no-show**: User failed to start session within the no-show timeout period
    - **failed**: System failed to reserve the EVSE after multiple attempts
    """
    session_id: int | None = Field(
        default=None, validation_alias="sessionId", serialization_alias="sessionId"
    )
    """ID of the charging session that fulfilled the booking"""
    access_methods: list[LocationAccessMethod] | None = Field(
        default=None,
        validation_alias="accessMethods",
        serialization_alias="accessMethods",
    )
    """Physical access methods copied from the location at booking creation time. This snapshot preserves the access methods that were available when the booking was made, even if the location's access methods change later.

    **Response behavior (GET):**
    - Field is omitted from the response when no access methods were configured at the location during booking creation (null in database)
    - When access methods were configured but the array was empty, returns an empty array `[]`
    """
    created_at: datetime = Field(
        validation_alias="createdAt", serialization_alias="createdAt"
    )
    last_updated_at: datetime = Field(
        validation_alias="lastUpdatedAt", serialization_alias="lastUpdatedAt"
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: int,
            user_id: int | None = ...,
            authorized_tokens: list[BookingRequestOption1AuthorizedToken] | None = ...,
            location_id: int,
            start_at: datetime,
            end_at: datetime,
            status: BookingStatus | BookingStatusLiteral,
            session_id: int | None = ...,
            access_methods: (
                list[LocationAccessMethod | LocationAccessMethodLiteral] | None
            ) = ...,
            created_at: datetime,
            last_updated_at: datetime,
        ) -> None: ...
