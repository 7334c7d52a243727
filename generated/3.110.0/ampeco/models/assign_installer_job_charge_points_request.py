"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import SDKModel


class AssignInstallerJobChargePointsRequest(SDKModel):
    charge_point_ids: list[int] | None = Field(
        default=None,
        validation_alias="chargePointIds",
        serialization_alias="chargePointIds",
    )
    """List of charge point IDs to be assigned to the installer job, if passed chargingZoneId and locationId will be ignored"""
    charging_zone_id: int | None = Field(
        default=None,
        validation_alias="chargingZoneId",
        serialization_alias="chargingZoneId",
    )
    """The ID of the charging zone, if passed and chargePointIds are not provided, all the charge points in the specified charging zone will be assigned to the installer job and locationId will be ignored"""
    location_id: int | None = Field(
        default=None, validation_alias="locationId", serialization_alias="locationId"
    )
    """The ID of the location, if passed and neither chargePointIds nor chargingZoneId are provided, all charge points in the specified location will be assigned to the installer job"""
