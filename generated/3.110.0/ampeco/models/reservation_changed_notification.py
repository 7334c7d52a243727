"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime

from pydantic import Field

from .._runtime.models import AmpecoModel, OpenEnum
from .reservation_status import ReservationStatus


class ReservationChangedNotificationNotification(OpenEnum):
    RESERVATION_CHANGED = "reservation.changed"


class ReservationChangedNotification(AmpecoModel):
    notification: ReservationChangedNotificationNotification
    reservation_id: int = Field(
        validation_alias="reservationId", serialization_alias="reservationId"
    )
    status: ReservationStatus
    last_updated_at: datetime = Field(
        validation_alias="lastUpdatedAt", serialization_alias="lastUpdatedAt"
    )
    """ISO 8601 formatted date"""
