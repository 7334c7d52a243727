"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import AmpecoModel
from .booking_request_option3_type import BookingRequestOption3Type


class CancelBooking(AmpecoModel):
    type: BookingRequestOption3Type
    """Type of booking request - must be \"cancel\x22"""
    booking_id: int = Field(
        validation_alias="bookingId", serialization_alias="bookingId"
    )
    """ID of the target booking to cancel"""
    external_id: str | None = Field(
        default=None, validation_alias="externalId", serialization_alias="externalId"
    )
    """External identifier from roaming partner (e.g., OCPI request_id).

    Response behavior: Only present when an external ID was provided. Omitted when not specified.
    """
