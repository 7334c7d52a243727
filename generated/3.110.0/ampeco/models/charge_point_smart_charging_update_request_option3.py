"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .charge_point_smart_charging_option3_mode import (
    ChargePointSmartChargingOption3Mode,
)
from .circuit_connected_phase import CircuitConnectedPhase
from .circuit_electrical_configuration import CircuitElectricalConfiguration
from .circuit_phase_rotation import CircuitPhaseRotation
from .circuit_phases import CircuitPhases
from .evse_deprecated_max_voltage import EvseDeprecatedMaxVoltage

if TYPE_CHECKING:
    from ..params import (
        ChargePointSmartChargingOption3ModeLiteral,
        CircuitConnectedPhaseLiteral,
        CircuitElectricalConfigurationLiteral,
        CircuitPhaseRotationLiteral,
        CircuitPhasesLiteral,
        EvseDeprecatedMaxVoltageLiteral,
    )


class ChargePointSmartChargingUpdateRequestOption3(SDKModel):
    mode: ChargePointSmartChargingOption3Mode
    """`user_schedule` - for personal charge points. The maximum power load will be defined on the EVSE level. The charge point owner could manually create a charging schedule."""
    default_charge_point_max_current: float = Field(
        validation_alias="defaultChargePointMaxCurrent",
        serialization_alias="defaultChargePointMaxCurrent",
    )
    """In amps. The max current would be used in the algorithm for the smart charging and wherever there is not a max current explicitly set."""
    preconditioning_time: int | None = Field(
        default=None,
        validation_alias="preconditioningTime",
        serialization_alias="preconditioningTime",
    )
    """The time in minutes before departure when the charging will be performed with full power."""
    min_current: float | None = Field(
        validation_alias="minCurrent", serialization_alias="minCurrent"
    )
    """minCurrent is always REQUIRED for `user_controlled_schedule`"""
    enable_keep_awake: bool | None = Field(
        validation_alias="enableKeepAwake", serialization_alias="enableKeepAwake"
    )
    """For personal charge points. Keep the car awake during scheduled periods by continuously charging at a low current / power."""
    max_voltage: EvseDeprecatedMaxVoltage = Field(
        validation_alias="maxVoltage", serialization_alias="maxVoltage"
    )
    electrical_configuration: CircuitElectricalConfiguration | None = Field(
        default=CircuitElectricalConfiguration.STAR,
        validation_alias="electricalConfiguration",
        serialization_alias="electricalConfiguration",
    )
    """Defines the type of electrical configuration of the charge point. The available options are </br> `star` - TN system - Star (Y) (default)</br> `delta` - IT system - Delta (Δ)</br>"""
    phases: CircuitPhases
    phase_rotation: CircuitPhaseRotation | None = Field(
        validation_alias="phaseRotation", serialization_alias="phaseRotation"
    )
    """`R` stands for `L1`, </br>
    `S` - for `L2` </br>
    `T` - for `L3` </br>
    So for example `RST` = `L1`, `L2`, `L3`, while `RTS` = `L1`, `L3`, `L2`, etc. </br>
    We are deriving the connected phase from this property for single phase if connectedPhase is not provided. Please don't rely on this property anymore as this functionality will be turned of in near future. Pass the correct connectedPhase instead. If you pass both properties (connectedPhase and phaseRotation) only connectedPhase will be taken into consideration for determining the phase.
    """
    allow_dynamic_load_management: bool | None = Field(
        default=None,
        validation_alias="allowDynamicLoadManagement",
        serialization_alias="allowDynamicLoadManagement",
    )
    """When selected, the Charge Point can be added to a DLM circuit."""
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
            mode: (
                ChargePointSmartChargingOption3Mode
                | ChargePointSmartChargingOption3ModeLiteral
            ),
            default_charge_point_max_current: float,
            preconditioning_time: int | None = ...,
            min_current: float | None,
            enable_keep_awake: bool | None,
            max_voltage: EvseDeprecatedMaxVoltage | EvseDeprecatedMaxVoltageLiteral,
            electrical_configuration: (
                CircuitElectricalConfiguration
                | CircuitElectricalConfigurationLiteral
                | None
            ) = ...,
            phases: CircuitPhases | CircuitPhasesLiteral,
            phase_rotation: CircuitPhaseRotation | CircuitPhaseRotationLiteral | None,
            allow_dynamic_load_management: bool | None = ...,
            connected_phase: (
                CircuitConnectedPhase | CircuitConnectedPhaseLiteral | None
            ) = ...,
        ) -> None: ...
