"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

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


class CreateParkingSpaceRequest(SDKModel):
    label: str
    location_id: int = Field(
        validation_alias="locationId", serialization_alias="locationId"
    )
    external_id: str | None = Field(
        default=None, validation_alias="externalId", serialization_alias="externalId"
    )
    status: ChargePointEvseConnectorStatus | None = (
        ChargePointEvseConnectorStatus.ENABLED
    )
    occupancy_status: ParkingSpaceOccupancyStatus | None = Field(
        default=ParkingSpaceOccupancyStatus.UNKNOWN,
        validation_alias="occupancyStatus",
        serialization_alias="occupancyStatus",
    )
    disabilities_accessible: bool | None = Field(
        default=False,
        validation_alias="disabilitiesAccessible",
        serialization_alias="disabilitiesAccessible",
    )
    evses: list[int] | None = None
    """The list of Evses at the same Parking Space. The Evses should belongs to same charging zone."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            label: str,
            location_id: int,
            external_id: str | None = ...,
            status: (
                ChargePointEvseConnectorStatus
                | ChargePointEvseConnectorStatusLiteral
                | None
            ) = ...,
            occupancy_status: (
                ParkingSpaceOccupancyStatus | ParkingSpaceOccupancyStatusLiteral | None
            ) = ...,
            disabilities_accessible: bool | None = ...,
            evses: list[int] | None = ...,
        ) -> None: ...
