"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import OpenEnum, SDKModel
from .circuit_deprecated_phases import CircuitDeprecatedPhases

if TYPE_CHECKING:
    from ..params import (
        CircuitDeprecatedChargePointInputVoltageLiteral,
        CircuitDeprecatedChargePointPhaseRotationLiteral,
        CircuitDeprecatedPhasesLiteral,
    )


class CircuitDeprecatedChargePointInputVoltage(OpenEnum):
    """use 380/400 for 3-phase connected CPs"""

    V110_130 = "110-130"
    V220_240 = "220-240"
    V380 = "380"
    V400 = "400"


class CircuitDeprecatedChargePointPhaseRotation(OpenEnum):
    """Use L* for single phase CP to note the connected phase"""

    L1 = "L1"
    L2 = "L2"
    L3 = "L3"
    RST = "RST"
    RTS = "RTS"
    SRT = "SRT"
    STR = "STR"
    TRS = "TRS"
    TSR = "TSR"


class CircuitDeprecatedChargePoint(SDKModel):
    id: int
    max_current: float = Field(
        validation_alias="maxCurrent", serialization_alias="maxCurrent"
    )
    """in Amps"""
    phases: CircuitDeprecatedPhases
    input_voltage: CircuitDeprecatedChargePointInputVoltage = Field(
        validation_alias="inputVoltage", serialization_alias="inputVoltage"
    )
    """use 380/400 for 3-phase connected CPs"""
    phase_rotation: CircuitDeprecatedChargePointPhaseRotation = Field(
        validation_alias="phaseRotation", serialization_alias="phaseRotation"
    )
    """Use L* for single phase CP to note the connected phase"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: int,
            max_current: float,
            phases: CircuitDeprecatedPhases | CircuitDeprecatedPhasesLiteral,
            input_voltage: (
                CircuitDeprecatedChargePointInputVoltage
                | CircuitDeprecatedChargePointInputVoltageLiteral
            ),
            phase_rotation: (
                CircuitDeprecatedChargePointPhaseRotation
                | CircuitDeprecatedChargePointPhaseRotationLiteral
            ),
        ) -> None: ...
