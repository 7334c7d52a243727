"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .reservation_status import ReservationStatus

if TYPE_CHECKING:
    from ..params import ReservationStatusLiteral


class ReservationsListingFilter(SDKModel):
    evse_id: str | None = Field(
        default=None, validation_alias="evseId", serialization_alias="evseId"
    )
    """Only list reservations for  specific EVSE by ID"""
    user_id: str | None = Field(
        default=None, validation_alias="userId", serialization_alias="userId"
    )
    """Only list reservations for a specific user by ID"""
    status: ReservationStatus | None = None
    """Only list reservations with this status"""
    reserved_from: datetime | None = Field(
        default=None,
        validation_alias="reservedFrom",
        serialization_alias="reservedFrom",
    )
    """Date from based on reserved at attribute"""
    reserved_to: datetime | None = Field(
        default=None, validation_alias="reservedTo", serialization_alias="reservedTo"
    )
    """Date to based on reserved at attribute"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            evse_id: str | None = ...,
            user_id: str | None = ...,
            status: ReservationStatus | ReservationStatusLiteral | None = ...,
            reserved_from: datetime | None = ...,
            reserved_to: datetime | None = ...,
        ) -> None: ...
