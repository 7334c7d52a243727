"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .circuit_connected_phase import CircuitConnectedPhase
from .circuit_electrical_configuration import CircuitElectricalConfiguration
from .circuit_load_balancing_integration import CircuitLoadBalancingIntegration
from .circuit_phase_rotation import CircuitPhaseRotation
from .circuit_phases import CircuitPhases
from .evse_deprecated_max_voltage import EvseDeprecatedMaxVoltage

if TYPE_CHECKING:
    from ..params import (
        CircuitConnectedPhaseLiteral,
        CircuitElectricalConfigurationLiteral,
        CircuitPhaseRotationLiteral,
        CircuitPhasesLiteral,
        EvseDeprecatedMaxVoltageLiteral,
    )


class CircuitCreateRequest(SDKModel):
    name: str
    parent_circuit_id: int | None = Field(
        default=None,
        validation_alias="parentCircuitId",
        serialization_alias="parentCircuitId",
    )
    """Specify parent circuit in Multi-level DLM. Circuits used in flexibility assets or using load balancing integration can not be used in Multi-level DLM."""
    phases: CircuitPhases
    phase_rotation: CircuitPhaseRotation | None = Field(
        default=None,
        validation_alias="phaseRotation",
        serialization_alias="phaseRotation",
    )
    """`R` stands for `L1`, </br>
    `S` - for `L2` </br>
    `T` - for `L3` </br>
    So for example `RST` = `L1`, `L2`, `L3`, while `RTS` = `L1`, `L3`, `L2`, etc. </br>
    The field is mandatory for Multi-level DLM when the `phases` value  is `three_phase`.
    """
    connected_phase: CircuitConnectedPhase | None = Field(
        default=None,
        validation_alias="connectedPhase",
        serialization_alias="connectedPhase",
    )
    """Specifies the active line conductors used in the circuit. </br>
    Single phase values (`phases` = `single_phase`): `L1`, `L2`, `L3` - Valid in `star` electrical configuration </br>
    Split phase values (`phases` = `split_phase`): `L1_L2`, `L2_L3`, `L1_L3` - Valid in `star` electrical configuration </br>
    This field is mandatory for Multi-level DLM when the `phases` value is `single_phase` or `split_phase`.
    """
    electrical_configuration: CircuitElectricalConfiguration | None = Field(
        default=CircuitElectricalConfiguration.STAR,
        validation_alias="electricalConfiguration",
        serialization_alias="electricalConfiguration",
    )
    """Defines the type of electrical configuration of the charge point. The available options are </br> `star` - TN system - Star (Y) (default)</br> `delta` - IT system - Delta (Δ)</br>"""
    max_voltage: EvseDeprecatedMaxVoltage | None = Field(
        default=None, validation_alias="maxVoltage", serialization_alias="maxVoltage"
    )
    max_current: float = Field(
        validation_alias="maxCurrent", serialization_alias="maxCurrent"
    )
    """The current (A) limit for the whole circuit. This would usually be the circuit breaker rated current."""
    min_charge_point_current: float | None = Field(
        default=None,
        validation_alias="minChargePointCurrent",
        serialization_alias="minChargePointCurrent",
    )
    """Defines what is the lowest current (A) allowed per charge point. New sessions cannot start if any of the existing ones has to be lowered to less than the set minimum rate. This is to ensure that a connected car vehicle actually charge because the vehicles have a minimum charging rate below which they would not accept the charge. If left empty, there is no minimum."""
    set_session_limit_to_zero_on_idle: bool | None = Field(
        default=None,
        validation_alias="setSessionLimitToZeroOnIdle",
        serialization_alias="setSessionLimitToZeroOnIdle",
        deprecated="CircuitCreateRequest.set_session_limit_to_zero_on_idle is deprecated",
    )
    """Deprecated.

    Sets the limit to 0 when the session enters an idle period.
    """
    electricity_meter_id: float | None = Field(
        default=None,
        validation_alias="electricityMeterId",
        serialization_alias="electricityMeterId",
    )
    """The ID of the Electricity Meter linked to the circuit (if any)."""
    offline_reserved_current: float | None = Field(
        default=None,
        validation_alias="offlineReservedCurrent",
        serialization_alias="offlineReservedCurrent",
    )
    """The current (A) reserved for other loads on the circuit (non-managed loads) when the Electricity Meter is offline."""
    load_balancing_integration: CircuitLoadBalancingIntegration | None = Field(
        default=None,
        validation_alias="loadBalancingIntegration",
        serialization_alias="loadBalancingIntegration",
    )
    """The selected integration enables the system to receive and apply third-party charging limits to the chargers added in the circuit."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            name: str,
            parent_circuit_id: int | None = ...,
            phases: CircuitPhases | CircuitPhasesLiteral,
            phase_rotation: (
                CircuitPhaseRotation | CircuitPhaseRotationLiteral | None
            ) = ...,
            connected_phase: (
                CircuitConnectedPhase | CircuitConnectedPhaseLiteral | None
            ) = ...,
            electrical_configuration: (
                CircuitElectricalConfiguration
                | CircuitElectricalConfigurationLiteral
                | None
            ) = ...,
            max_voltage: (
                EvseDeprecatedMaxVoltage | EvseDeprecatedMaxVoltageLiteral | None
            ) = ...,
            max_current: float,
            min_charge_point_current: float | None = ...,
            set_session_limit_to_zero_on_idle: bool | None = ...,
            electricity_meter_id: float | None = ...,
            offline_reserved_current: float | None = ...,
            load_balancing_integration: CircuitLoadBalancingIntegration | None = ...,
        ) -> None: ...
