"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import Annotated, TYPE_CHECKING

from pydantic import Field

from .._runtime.models import OpenEnum, SDKModel
from .parking_space_occupancy_status_changed_notification_occupancy_status import (
    ParkingSpaceOccupancyStatusChangedNotificationOccupancyStatus,
)

if TYPE_CHECKING:
    from ..params import (
        ParkingSpaceOccupancyStatusChangedNotificationNotificationLiteral,
        ParkingSpaceOccupancyStatusChangedNotificationOccupancyStatusLiteral,
    )


class ParkingSpaceOccupancyStatusChangedNotificationNotification(OpenEnum):
    PARKING_SPACE_OCCUPANCY_STATUS_CHANGED = "parkingSpace.occupancyStatus.changed"


class ParkingSpaceOccupancyStatusChangedNotification(SDKModel):
    notification: ParkingSpaceOccupancyStatusChangedNotificationNotification
    parking_space_id: int = Field(
        validation_alias="parkingSpaceId", serialization_alias="parkingSpaceId"
    )
    """Id of the parking space that changed occupancy."""
    occupancy_status: Annotated[
        ParkingSpaceOccupancyStatusChangedNotificationOccupancyStatus,
        Field(
            validation_alias="occupancyStatus", serialization_alias="occupancyStatus"
        ),
    ]
    """The parking space changed occupancy to this status."""
    last_updated_at: datetime = Field(
        validation_alias="lastUpdatedAt", serialization_alias="lastUpdatedAt"
    )
    """ISO 8601 formatted date"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            notification: (
                ParkingSpaceOccupancyStatusChangedNotificationNotification
                | ParkingSpaceOccupancyStatusChangedNotificationNotificationLiteral
            ),
            parking_space_id: int,
            occupancy_status: (
                ParkingSpaceOccupancyStatusChangedNotificationOccupancyStatus
                | ParkingSpaceOccupancyStatusChangedNotificationOccupancyStatusLiteral
            ),
            last_updated_at: datetime,
        ) -> None: ...
