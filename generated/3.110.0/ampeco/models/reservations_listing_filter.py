"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime

from pydantic import Field

from .._runtime.models import AmpecoModel
from .reservation_status import ReservationStatus


class ReservationsListingFilter(AmpecoModel):
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
