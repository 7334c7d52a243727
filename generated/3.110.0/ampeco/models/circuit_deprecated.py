"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .circuit_deprecated_charge_point import CircuitDeprecatedChargePoint
from .circuit_deprecated_phases import CircuitDeprecatedPhases

if TYPE_CHECKING:
    from ..params import CircuitDeprecatedPhasesLiteral


class CircuitDeprecated(SDKModel):
    id: int | None = None
    name: str
    phases: CircuitDeprecatedPhases
    max_current: float = Field(
        validation_alias="maxCurrent", serialization_alias="maxCurrent"
    )
    """In amps"""
    min_charge_point_current: float | None = Field(
        default=None,
        validation_alias="minChargePointCurrent",
        serialization_alias="minChargePointCurrent",
    )
    """In amps. The minimum"""
    set_session_limit_to_zero_on_idle: bool | None = Field(
        default=None,
        validation_alias="setSessionLimitToZeroOnIdle",
        serialization_alias="setSessionLimitToZeroOnIdle",
        deprecated="CircuitDeprecated.set_session_limit_to_zero_on_idle is deprecated",
    )
    """Deprecated.

    Set charger limit to 0 if an idle period starts
    """
    charge_points: list[CircuitDeprecatedChargePoint] = Field(
        validation_alias="chargePoints", serialization_alias="chargePoints"
    )
    last_updated_at: datetime | None = Field(
        default=None,
        validation_alias="lastUpdatedAt",
        serialization_alias="lastUpdatedAt",
    )
    """ISO 8601 formatted date"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: int | None = ...,
            name: str,
            phases: CircuitDeprecatedPhases | CircuitDeprecatedPhasesLiteral,
            max_current: float,
            min_charge_point_current: float | None = ...,
            set_session_limit_to_zero_on_idle: bool | None = ...,
            charge_points: list[CircuitDeprecatedChargePoint],
            last_updated_at: datetime | None = ...,
        ) -> None: ...
