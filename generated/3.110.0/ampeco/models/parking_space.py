"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .charge_point_evse_connector_status import ChargePointEvseConnectorStatus
from .parking_space_occupancy_status import ParkingSpaceOccupancyStatus

if TYPE_CHECKING:
    from ..params import (
        ChargePointEvseConnectorStatusLiteral,
        ParkingSpaceOccupancyStatusLiteral,
    )


class ParkingSpace(SDKModel):
    id: int
    label: str
    location_id: int = Field(
        validation_alias="locationId", serialization_alias="locationId"
    )
    external_id: str | None = Field(
        default=None, validation_alias="externalId", serialization_alias="externalId"
    )
    status: ChargePointEvseConnectorStatus
    occupancy_status: ParkingSpaceOccupancyStatus = Field(
        validation_alias="occupancyStatus", serialization_alias="occupancyStatus"
    )
    disabilities_accessible: bool = Field(
        validation_alias="disabilitiesAccessible",
        serialization_alias="disabilitiesAccessible",
    )
    evses: list[int] | None = None
    """The list of Evses at the same Parking Space. The Evses should belongs to same charging zone."""
    last_updated_at: datetime = Field(
        validation_alias="lastUpdatedAt", serialization_alias="lastUpdatedAt"
    )
    """ISO 8601 formatted date"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: int,
            label: str,
            location_id: int,
            external_id: str | None = ...,
            status: (
                ChargePointEvseConnectorStatus | ChargePointEvseConnectorStatusLiteral
            ),
            occupancy_status: (
                ParkingSpaceOccupancyStatus | ParkingSpaceOccupancyStatusLiteral
            ),
            disabilities_accessible: bool,
            evses: list[int] | None = ...,
            last_updated_at: datetime,
        ) -> None: ...
