"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import OpenEnum, SDKModel
from .reservation_status import ReservationStatus

if TYPE_CHECKING:
    from ..params import (
        ReservationChangedNotificationNotificationLiteral,
        ReservationStatusLiteral,
    )


class ReservationChangedNotificationNotification(OpenEnum):
    RESERVATION_CHANGED = "reservation.changed"


class ReservationChangedNotification(SDKModel):
    notification: ReservationChangedNotificationNotification
    reservation_id: int = Field(
        validation_alias="reservationId", serialization_alias="reservationId"
    )
    status: ReservationStatus
    last_updated_at: datetime = Field(
        validation_alias="lastUpdatedAt", serialization_alias="lastUpdatedAt"
    )
    """ISO 8601 formatted date"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            notification: (
                ReservationChangedNotificationNotification
                | ReservationChangedNotificationNotificationLiteral
            ),
            reservation_id: int,
            status: ReservationStatus | ReservationStatusLiteral,
            last_updated_at: datetime,
        ) -> None: ...
