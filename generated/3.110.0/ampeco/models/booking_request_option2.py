"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .booking_request_option1_authorized_token import (
    BookingRequestOption1AuthorizedToken,
)
from .booking_request_option1_status import BookingRequestOption1Status
from .booking_request_option2_type import BookingRequestOption2Type

if TYPE_CHECKING:
    from ..params import (
        BookingRequestOption1StatusLiteral,
        BookingRequestOption2TypeLiteral,
    )


class BookingRequestOption2(SDKModel):
    """Response schema for update booking request"""

    id: int
    """System-generated unique identifier"""
    type: BookingRequestOption2Type
    """Type of booking request - must be \"update\x22"""
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
    authorized_tokens: list[BookingRequestOption1AuthorizedToken] | None = Field(
        default=None,
        validation_alias="authorizedTokens",
        serialization_alias="authorizedTokens",
    )
    """Array of OCPI token details authorized for this booking, including eMSP information for roaming scenarios.

    Response behavior: Only present when the booking has authorized tokens. Omitted when no tokens are associated with the booking.
    """

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: int,
            type: BookingRequestOption2Type | BookingRequestOption2TypeLiteral,
            status: BookingRequestOption1Status | BookingRequestOption1StatusLiteral,
            rejection_reason: str | None = ...,
            created_at: datetime,
            last_updated_at: datetime,
            booking_id: int,
            user_id: int | None = ...,
            external_id: str | None = ...,
            start_at: datetime | None = ...,
            end_at: datetime | None = ...,
            authorized_tokens: list[BookingRequestOption1AuthorizedToken] | None = ...,
        ) -> None: ...
