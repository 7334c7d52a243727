"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from typing import TYPE_CHECKING

from .._runtime.models import SDKModel
from .parking_space_occupancy_status_changed_notification_occupancy_status import (
    ParkingSpaceOccupancyStatusChangedNotificationOccupancyStatus,
)

if TYPE_CHECKING:
    from ..params import (
        ParkingSpaceOccupancyStatusChangedNotificationOccupancyStatusLiteral,
    )


class ParkingSpaceUpdateOccupancyStatusRequest(SDKModel):
    status: ParkingSpaceOccupancyStatusChangedNotificationOccupancyStatus

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            status: (
                ParkingSpaceOccupancyStatusChangedNotificationOccupancyStatus
                | ParkingSpaceOccupancyStatusChangedNotificationOccupancyStatusLiteral
            ),
        ) -> None: ...
