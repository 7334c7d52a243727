"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import SDKModel


class ChargePointMoveEvsesToSatelliteRequest(SDKModel):
    satellite_charge_point_id: int = Field(
        validation_alias="satelliteChargePointId",
        serialization_alias="satelliteChargePointId",
    )
    evse_ids: list[int] = Field(
        validation_alias="evseIds", serialization_alias="evseIds"
    )
