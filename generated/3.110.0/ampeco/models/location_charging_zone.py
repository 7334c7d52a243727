"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .charge_point_evse_connector_status import ChargePointEvseConnectorStatus
from .location_charging_zone_additional_info import LocationChargingZoneAdditionalInfo

if TYPE_CHECKING:
    from ..params import ChargePointEvseConnectorStatusLiteral


class LocationChargingZone(SDKModel):
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

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: int | None = ...,
            name: str,
            location_id: int | None = ...,
            status: (
                ChargePointEvseConnectorStatus | ChargePointEvseConnectorStatusLiteral
            ),
            additional_info: LocationChargingZoneAdditionalInfo | None = ...,
        ) -> None: ...
