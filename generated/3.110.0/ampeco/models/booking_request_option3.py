"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .booking_request_option1_status import BookingRequestOption1Status
from .booking_request_option3_type import BookingRequestOption3Type

if TYPE_CHECKING:
    from ..params import (
        BookingRequestOption1StatusLiteral,
        BookingRequestOption3TypeLiteral,
    )


class BookingRequestOption3(SDKModel):
    id: int
    """System-generated unique identifier"""
    type: BookingRequestOption3Type
    """Type of booking request - must be \"cancel\x22"""
    status: BookingRequestOption1Status
    """Status of booking request:
    - **pending**: Request is awaiting processing
    - **approved**: Request has been approved
    - **rejected**: Request has been rejected
    """
    rejection_reason: str | None = Field(
        default=None,
        validation_alias="rejectionReason",
        serialization_alias="rejectionReason",
    )
    """Human-readable reason for rejection.

    Response behavior: Only present when status is \"rejected\". Omitted for \"pending\" and \"approved\" requests.
    """
    created_at: datetime = Field(
        validation_alias="createdAt", serialization_alias="createdAt"
    )
    last_updated_at: datetime = Field(
        validation_alias="lastUpdatedAt", serialization_alias="lastUpdatedAt"
    )
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
            id: int,
            type: BookingRequestOption3Type | BookingRequestOption3TypeLiteral,
            status: BookingRequestOption1Status | BookingRequestOption1StatusLiteral,
            rejection_reason: str | None = ...,
            created_at: datetime,
            last_updated_at: datetime,
            booking_id: int,
            external_id: str | None = ...,
        ) -> None: ...
