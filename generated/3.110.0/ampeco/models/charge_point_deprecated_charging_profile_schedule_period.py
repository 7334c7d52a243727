"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import SDKModel


class ChargePointDeprecatedChargingProfileSchedulePeriod(SDKModel):
    start_period: int | None = Field(
        default=None, validation_alias="startPeriod", serialization_alias="startPeriod"
    )
    limit: float | None = None
    number_phases: int | None = Field(
        default=None,
        validation_alias="numberPhases",
        serialization_alias="numberPhases",
    )
