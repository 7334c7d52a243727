"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import time

from pydantic import Field

from .._runtime.models import SDKModel


class ChargePointChargingPreferencesOption5PreferencesTargetCharge(SDKModel):
    departure_time: time = Field(
        validation_alias="departureTime", serialization_alias="departureTime"
    )
    preconditioning_time: int | None = Field(
        default=None,
        validation_alias="preconditioningTime",
        serialization_alias="preconditioningTime",
    )
    """The time in minutes before departure when the charging will be performed with full power."""
    target_charge_kwh: float = Field(
        validation_alias="targetChargeKwh", serialization_alias="targetChargeKwh"
    )
    """The desired charge energy which will be achieved with the most optimal price."""
