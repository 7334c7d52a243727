"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .booking_request_option2_type import BookingRequestOption2Type

if TYPE_CHECKING:
    from ..params import BookingRequestOption2TypeLiteral


class UpdateBookingRequestInput(SDKModel):
    """Input schema for updating a booking request"""

    type: BookingRequestOption2Type
    """Type of booking request - must be \"update\x22"""
    booking_id: int = Field(
        validation_alias="bookingId", serialization_alias="bookingId"
    )
    """ID of the target booking to update"""
    user_id: int | None = Field(
        default=None, validation_alias="userId", serialization_alias="userId"
    )
    """ID of the user for whom the booking is made"""
    external_id: str | None = Field(
        default=None, validation_alias="externalId", serialization_alias="externalId"
    )
    """External identifier from roaming partner (e.g., OCPI request_id).

    Response behavior: Only present when an external ID was provided. Omitted when not specified.
    """
    start_at: datetime | None = Field(
        default=None, validation_alias="startAt", serialization_alias="startAt"
    )
    """Updated start time of the booking"""
    end_at: datetime | None = Field(
        default=None, validation_alias="endAt", serialization_alias="endAt"
    )
    """Updated end time of the booking"""
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
            type: BookingRequestOption2Type | BookingRequestOption2TypeLiteral,
            booking_id: int,
            user_id: int | None = ...,
            external_id: str | None = ...,
            start_at: datetime | None = ...,
            end_at: datetime | None = ...,
            authorized_token_ids: list[int] | None = ...,
        ) -> None: ...
