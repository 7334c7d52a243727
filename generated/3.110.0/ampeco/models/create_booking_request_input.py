"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .booking_request_option1_evse_criteria import BookingRequestOption1EvseCriteria
from .booking_request_option1_parking_space_criteria import (
    BookingRequestOption1ParkingSpaceCriteria,
)
from .booking_request_option1_type import BookingRequestOption1Type

if TYPE_CHECKING:
    from ..params import BookingRequestOption1TypeLiteral


class CreateBookingRequestInput(SDKModel):
    """Input schema for creating a booking request"""

    type: BookingRequestOption1Type
    """Type of booking request - must be \"create\x22"""
    user_id: int = Field(validation_alias="userId", serialization_alias="userId")
    """ID of the user for whom the booking is made"""
    location_id: int = Field(
        validation_alias="locationId", serialization_alias="locationId"
    )
    """ID of the target location"""
    external_id: str | None = Field(
        default=None, validation_alias="externalId", serialization_alias="externalId"
    )
    """External identifier from roaming partner (e.g., OCPI request_id).

    Response behavior: Only present when an external ID was provided. Omitted when not specified.
    """
    start_at: datetime = Field(
        validation_alias="startAt", serialization_alias="startAt"
    )
    """Start time of the booking"""
    end_at: datetime = Field(validation_alias="endAt", serialization_alias="endAt")
    """End time of the booking"""
    evse_id: int | None = Field(
        default=None, validation_alias="evseId", serialization_alias="evseId"
    )
    """Specific EVSE ID to book.

    Response behavior: Only present when a specific EVSE was requested. Omitted when EVSE selection was based on criteria or left to the system.
    """
    evse_criteria: BookingRequestOption1EvseCriteria | None = Field(
        default=None,
        validation_alias="evseCriteria",
        serialization_alias="evseCriteria",
    )
    """Criteria for automatic EVSE selection based on technical requirements. Ignored when evseId is explicitly provided.

    Response behavior: Only present when EVSE criteria were specified in the request. Omitted when evseId was provided or no criteria were specified.
    """
    parking_space_criteria: BookingRequestOption1ParkingSpaceCriteria | None = Field(
        default=None,
        validation_alias="parkingSpaceCriteria",
        serialization_alias="parkingSpaceCriteria",
    )
    """Parking space criteria for selecting EVSE with suitable parking.

    Response behavior: This property is only included in the response when parking criteria were specified in the request. If no criteria were provided, this property is omitted entirely.
    """
    authorized_token_ids: list[int] | None = Field(
        default=None,
        validation_alias="authorizedTokenIds",
        serialization_alias="authorizedTokenIds",
    )
    """Array of OCPI token IDs that are authorized for this booking. Multiple tokens allow flexibility for roaming users who may have multiple valid authentication methods (e.g., RFID card and mobile app token). When omitted, the booking will not have specific token authorization."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            type: BookingRequestOption1Type | BookingRequestOption1TypeLiteral,
            user_id: int,
            location_id: int,
            external_id: str | None = ...,
            start_at: datetime,
            end_at: datetime,
            evse_id: int | None = ...,
            evse_criteria: BookingRequestOption1EvseCriteria | None = ...,
            parking_space_criteria: (
                BookingRequestOption1ParkingSpaceCriteria | None
            ) = ...,
            authorized_token_ids: list[int] | None = ...,
        ) -> None: ...
