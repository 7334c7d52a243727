"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import AmpecoModel
from .charge_point_evse_connector_status import ChargePointEvseConnectorStatus
from .parking_space_occupancy_status import ParkingSpaceOccupancyStatus


class CreateParkingSpaceRequest(AmpecoModel):
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
