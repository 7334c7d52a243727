"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .circuit_connected_phase import CircuitConnectedPhase
from .circuit_phase_rotation import CircuitPhaseRotation
from .circuit_phases import CircuitPhases
from .evse_deprecated_max_voltage import EvseDeprecatedMaxVoltage

if TYPE_CHECKING:
    from ..params import (
        CircuitConnectedPhaseLiteral,
        CircuitPhaseRotationLiteral,
        CircuitPhasesLiteral,
        EvseDeprecatedMaxVoltageLiteral,
    )


class EvsePowerOptions(SDKModel):
    max_power: int | None = Field(
        default=None, validation_alias="maxPower", serialization_alias="maxPower"
    )
    """in Wh"""
    max_voltage: EvseDeprecatedMaxVoltage | None = Field(
        default=None, validation_alias="maxVoltage", serialization_alias="maxVoltage"
    )
    """The maxVoltage of a charge point can fluctuate. Hence, when creating a charge point in the system, the maxVoltage is given as a range. For OCPI purposes it maps as follows: 220-240 = 230 110-130 = 120 400 = 400 380 = 380"""
    max_amperage: float | None = Field(
        default=None, validation_alias="maxAmperage", serialization_alias="maxAmperage"
    )
    phases: CircuitPhases | None = None
    phase_rotation: CircuitPhaseRotation | None = Field(
        default=None,
        validation_alias="phaseRotation",
        serialization_alias="phaseRotation",
    )
    """`R` stands for `L1`, </br>
    `S` - for `L2` </br>
    `T` - for `L3` </br>
    So for example `RST` = `L1`, `L2`, `L3`, while `RTS` = `L1`, `L3`, `L2`, etc. </br>
    We are deriving the connected phase from this property for single phase if connectedPhase is not provided. Please don't rely on this property anymore as this functionality will be turned of in near future. Pass the correct connectedPhase instead. If you pass both properties (connectedPhase and phaseRotation) only connectedPhase will be taken into consideration for determining the phase.
    """
    connected_phase: CircuitConnectedPhase | None = Field(
        default=None,
        validation_alias="connectedPhase",
        serialization_alias="connectedPhase",
    )
    """Specifies the active line conductors used in the circuit.
    - `L1_L2` - Valid when `phases` = `split_phase` in electrical configuration `star` or `phases` = `single_phase` in electrical configuration `delta`
    - `L2_L3` - Valid when `phases` = `split_phase` in electrical configuration `star` or `phases` = `single_phase` in electrical configuration `delta`
    - `L1_L3` - Valid when `phases` = `split_phase` in electrical configuration `star` or `phases` = `single_phase` in electrical configuration `delta`
    - `L1` - Valid when `phases` = `single_phase` in electrical configuration `star`
    - `L2` - Valid when `phases` = `single_phase` in electrical configuration `star`
    - `L3` - Valid when `phases` = `single_phase` in electrical configuration `star`
    """

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            max_power: int | None = ...,
            max_voltage: (
                EvseDeprecatedMaxVoltage | EvseDeprecatedMaxVoltageLiteral | None
            ) = ...,
            max_amperage: float | None = ...,
            phases: CircuitPhases | CircuitPhasesLiteral | None = ...,
            phase_rotation: (
                CircuitPhaseRotation | CircuitPhaseRotationLiteral | None
            ) = ...,
            connected_phase: (
                CircuitConnectedPhase | CircuitConnectedPhaseLiteral | None
            ) = ...,
        ) -> None: ...
