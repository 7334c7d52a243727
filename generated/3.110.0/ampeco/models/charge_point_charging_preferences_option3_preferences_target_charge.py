"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import time

from pydantic import Field

from .._runtime.models import SDKModel


class ChargePointChargingPreferencesOption3PreferencesTargetCharge(SDKModel):
    departure_time: time | None = Field(
        default=None,
        validation_alias="departureTime",
        serialization_alias="departureTime",
    )
    preconditioning_time: int | None = Field(
        default=None,
        validation_alias="preconditioningTime",
        serialization_alias="preconditioningTime",
    )
    """The time in minutes before departure when the charging will be performed with full power."""
    min_target_charge_kwh: float | None = Field(
        default=None,
        validation_alias="minTargetChargeKwh",
        serialization_alias="minTargetChargeKwh",
    )
    max_target_charge_kwh: float | None = Field(
        default=None,
        validation_alias="maxTargetChargeKwh",
        serialization_alias="maxTargetChargeKwh",
    )
