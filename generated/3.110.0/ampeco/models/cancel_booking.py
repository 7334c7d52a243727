"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .booking_request_option3_type import BookingRequestOption3Type

if TYPE_CHECKING:
    from ..params import BookingRequestOption3TypeLiteral


class CancelBooking(SDKModel):
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

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            type: BookingRequestOption3Type | BookingRequestOption3TypeLiteral,
            booking_id: int,
            external_id: str | None = ...,
        ) -> None: ...
