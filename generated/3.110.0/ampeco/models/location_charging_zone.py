"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import AmpecoModel
from .charge_point_evse_connector_status import ChargePointEvseConnectorStatus
from .location_charging_zone_additional_info import LocationChargingZoneAdditionalInfo


class LocationChargingZone(AmpecoModel):
    id: int | None = None
    name: str
    """Internal name of the Charging Zone. This isn't visible to end-users in the app."""
    location_id: int | None = Field(
        default=None, validation_alias="locationId", serialization_alias="locationId"
    )
    """The ID of the Location, which the Charging Zone belongs to."""
    status: ChargePointEvseConnectorStatus
    additional_info: LocationChargingZoneAdditionalInfo | None = Field(
        default=None,
        validation_alias="additionalInfo",
        serialization_alias="additionalInfo",
    )
    """Additional information for the charging zone that is shown in the mobile app when the Location is viewed."""
