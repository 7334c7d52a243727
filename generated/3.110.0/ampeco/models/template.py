"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import OpenEnum, SDKModel
from .circuit_connected_phase import CircuitConnectedPhase
from .circuit_phase_rotation import CircuitPhaseRotation
from .evse_current_type import EvseCurrentType
from .evse_deprecated_status import EvseDeprecatedStatus

if TYPE_CHECKING:
    from ..params import (
        CircuitConnectedPhaseLiteral,
        CircuitPhaseRotationLiteral,
        EvseCurrentTypeLiteral,
        EvseDeprecatedStatusLiteral,
        TemplateEvseDlmPhasesLiteral,
        TemplateEvseInputVoltageLiteral,
    )


class TemplateEvseDlmPhases(OpenEnum):
    V1 = "1"
    V3 = "3"
    SPLIT = "split"


class TemplateEvseInputVoltage(OpenEnum):
    V120 = "120"
    V208 = "208"
    V240 = "240"
    V220_240 = "220-240"
    V110_130 = "110-130"
    V400 = "400"
    V380 = "380"
    V480 = "480"
    V230 = "230"


class TemplateEvse(SDKModel):
    id: int | None = None
    status: EvseDeprecatedStatus | None = None
    max_power: float | None = Field(
        default=None, validation_alias="maxPower", serialization_alias="maxPower"
    )
    """Maximum power in [Wh]"""
    dlm_phases: TemplateEvseDlmPhases | None = Field(
        default=None, validation_alias="dlmPhases", serialization_alias="dlmPhases"
    )
    network_id: str | None = Field(
        default=None, validation_alias="networkId", serialization_alias="networkId"
    )
    """The OCPP evse identifier (should be consecutive numbers starting from 1)."""
    current_type: EvseCurrentType | None = Field(
        default=None, validation_alias="currentType", serialization_alias="currentType"
    )
    dlm_priority: float | None = Field(
        default=None, validation_alias="dlmPriority", serialization_alias="dlmPriority"
    )
    """The priority of the EVSE in a DLM circuit. EVSEs with higher priority will receive more energy."""
    input_voltage: TemplateEvseInputVoltage | None = Field(
        default=None,
        validation_alias="inputVoltage",
        serialization_alias="inputVoltage",
    )
    tariff_group_id: int | None = Field(
        default=None,
        validation_alias="tariffGroupId",
        serialization_alias="tariffGroupId",
    )
    dlm_max_current_a: float | None = Field(
        default=None,
        validation_alias="dlmMaxCurrentA",
        serialization_alias="dlmMaxCurrentA",
    )
    """The max current (Amperes) supported by the EVSE."""
    allows_reservation: bool | None = Field(
        default=None,
        validation_alias="allowsReservation",
        serialization_alias="allowsReservation",
    )
    """Are reservations allowed on this EVSE."""
    dlm_phase_rotation: CircuitPhaseRotation | None = Field(
        default=None,
        validation_alias="dlmPhaseRotation",
        serialization_alias="dlmPhaseRotation",
    )
    """R stands for L1, S - for L2 and T - for L3. So for example RST = L1, L2, L3, while RTS = L1, L3, L2, etc. In the context of a Split-phase circuit, it's important to note that phase allocation will be disregarded."""
    dlm_connected_phase: CircuitConnectedPhase | None = Field(
        default=None,
        validation_alias="dlmConnectedPhase",
        serialization_alias="dlmConnectedPhase",
    )
    """Specifies the active line conductors used in the circuit.
    - `L1_L2` - Valid when `phases` = `split_phase` in electrical configuration `star` or `phases` = `single_phase` in electrical configuration `delta`
    - `L2_L3` - Valid when `phases` = `split_phase` in electrical configuration `star` or `phases` = `single_phase` in electrical configuration `delta`
    - `L1_L3` - Valid when `phases` = `split_phase` in electrical configuration `star` or `phases` = `single_phase` in electrical configuration `delta`
    - `L1` - Valid when `phases` = `single_phase` in electrical configuration `star`
    - `L2` - Valid when `phases` = `single_phase` in electrical configuration `star`
    - `L3` - Valid when `phases` = `single_phase` in electrical configuration `star`
    """
    dlm_efficiency_percent: float | None = Field(
        default=None,
        validation_alias="dlmEfficiencyPercent",
        serialization_alias="dlmEfficiencyPercent",
    )
    """The efficiency of the DC EVSE in %, according to the technical specifications of the charging station."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: int | None = ...,
            status: EvseDeprecatedStatus | EvseDeprecatedStatusLiteral | None = ...,
            max_power: float | None = ...,
            dlm_phases: (
                TemplateEvseDlmPhases | TemplateEvseDlmPhasesLiteral | None
            ) = ...,
            network_id: str | None = ...,
            current_type: EvseCurrentType | EvseCurrentTypeLiteral | None = ...,
            dlm_priority: float | None = ...,
            input_voltage: (
                TemplateEvseInputVoltage | TemplateEvseInputVoltageLiteral | None
            ) = ...,
            tariff_group_id: int | None = ...,
            dlm_max_current_a: float | None = ...,
            allows_reservation: bool | None = ...,
            dlm_phase_rotation: (
                CircuitPhaseRotation | CircuitPhaseRotationLiteral | None
            ) = ...,
            dlm_connected_phase: (
                CircuitConnectedPhase | CircuitConnectedPhaseLiteral | None
            ) = ...,
            dlm_efficiency_percent: float | None = ...,
        ) -> None: ...


class Template(SDKModel):
    id: int | None = None
    name: str | None = None
    evses: list[TemplateEvse] | None = None
    subscription_plan_ids: list[int] | None = Field(
        default=None,
        validation_alias="subscriptionPlanIds",
        serialization_alias="subscriptionPlanIds",
    )
    last_updated_at: datetime | None = Field(
        default=None,
        validation_alias="lastUpdatedAt",
        serialization_alias="lastUpdatedAt",
    )
    """ISO 8601 formatted date"""


Template.model_rebuild()
TemplateEvse.model_rebuild()
