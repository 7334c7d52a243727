"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime

from pydantic import Field

from .._runtime.models import AmpecoModel
from .reservation_status import ReservationStatus


class Reservation(AmpecoModel):
    """Reservation"""

    id: int
    charge_point_id: int = Field(
        validation_alias="chargePointId", serialization_alias="chargePointId"
    )
    evse_id: int = Field(validation_alias="evseId", serialization_alias="evseId")
    status: ReservationStatus
    user_id: int = Field(validation_alias="userId", serialization_alias="userId")
    """The id of the user that started the session"""
    reserved_at: datetime = Field(
        validation_alias="reservedAt", serialization_alias="reservedAt"
    )
    canceled_at: datetime | None = Field(
        default=None, validation_alias="canceledAt", serialization_alias="canceledAt"
    )
    duration: int
    """In minutes"""
    last_updated_at: datetime | None = Field(
        default=None,
        validation_alias="lastUpdatedAt",
        serialization_alias="lastUpdatedAt",
    )
    """ISO 8601 formatted date"""
