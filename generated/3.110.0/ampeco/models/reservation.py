"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .reservation_status import ReservationStatus

if TYPE_CHECKING:
    from ..params import ReservationStatusLiteral


class Reservation(SDKModel):
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

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: int,
            charge_point_id: int,
            evse_id: int,
            status: ReservationStatus | ReservationStatusLiteral,
            user_id: int,
            reserved_at: datetime,
            canceled_at: datetime | None = ...,
            duration: int,
            last_updated_at: datetime | None = ...,
        ) -> None: ...
