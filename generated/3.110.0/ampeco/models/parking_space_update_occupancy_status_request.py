"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import AmpecoModel
from .parking_space_occupancy_status_changed_notification_occupancy_status import (
    ParkingSpaceOccupancyStatusChangedNotificationOccupancyStatus,
)


class ParkingSpaceUpdateOccupancyStatusRequest(AmpecoModel):
    status: ParkingSpaceOccupancyStatusChangedNotificationOccupancyStatus
