"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import SDKModel


class TariffStopSession(SDKModel):
    time_limit_minutes: float | None = Field(
        default=None,
        validation_alias="timeLimitMinutes",
        serialization_alias="timeLimitMinutes",
    )
    """Session max time. The maximum minutes a session is allowed to run. Skip for no time limit."""
    stop_when_energy_exceeds_kwh: float | None = Field(
        default=None,
        validation_alias="stopWhenEnergyExceedsKwh",
        serialization_alias="stopWhenEnergyExceedsKwh",
    )
    """The maximum energy (kWh) allowed per session. Skip for no limit."""
