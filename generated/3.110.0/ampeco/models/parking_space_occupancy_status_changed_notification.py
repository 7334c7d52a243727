"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime

from pydantic import Field

from .._runtime.models import AmpecoModel, OpenEnum
from .parking_space_occupancy_status_changed_notification_occupancy_status import (
    ParkingSpaceOccupancyStatusChangedNotificationOccupancyStatus,
)


class ParkingSpaceOccupancyStatusChangedNotificationNotification(OpenEnum):
    PARKING_SPACE_OCCUPANCY_STATUS_CHANGED = "parkingSpace.occupancyStatus.changed"


class ParkingSpaceOccupancyStatusChangedNotification(AmpecoModel):
    notification: ParkingSpaceOccupancyStatusChangedNotificationNotification
    parking_space_id: int = Field(
        validation_alias="parkingSpaceId", serialization_alias="parkingSpaceId"
    )
    """Id of the parking space that changed occupancy."""
    occupancy_status: ParkingSpaceOccupancyStatusChangedNotificationOccupancyStatus = (
        Field(validation_alias="occupancyStatus", serialization_alias="occupancyStatus")
    )
    """The parking space changed occupancy to this status."""
    last_updated_at: datetime = Field(
        validation_alias="lastUpdatedAt", serialization_alias="lastUpdatedAt"
    )
    """ISO 8601 formatted date"""
