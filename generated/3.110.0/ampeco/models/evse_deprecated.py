"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .charge_point_charging_profile import ChargePointChargingProfile
from .evse_current_type import EvseCurrentType
from .evse_deprecated_connector import EvseDeprecatedConnector
from .evse_deprecated_hardware_status import EvseDeprecatedHardwareStatus
from .evse_deprecated_max_voltage import EvseDeprecatedMaxVoltage
from .evse_deprecated_phase_rotation import EvseDeprecatedPhaseRotation
from .evse_deprecated_phases import EvseDeprecatedPhases
from .evse_deprecated_status import EvseDeprecatedStatus
from .evse_roaming_status import EvseRoamingStatus

if TYPE_CHECKING:
    from ..params import (
        EvseCurrentTypeLiteral,
        EvseDeprecatedHardwareStatusLiteral,
        EvseDeprecatedMaxVoltageLiteral,
        EvseDeprecatedPhaseRotationLiteral,
        EvseDeprecatedPhasesLiteral,
        EvseDeprecatedStatusLiteral,
        EvseRoamingStatusLiteral,
    )


class EvseDeprecatedRoaming(SDKModel):
    evse_id: str | None = Field(
        default=None, validation_alias="evseId", serialization_alias="evseId"
    )
    """The EVSE Id that we receive through roaming."""
    status: EvseRoamingStatus | None = None
    """* `available` - The EVSE/Connector is able to start a new charging session. * `blocked` - The EVSE/Connector is not accessible because of a physical barrier, i.e. a car. * `charging` - The EVSE/Connector is in use. * `inoperative` - The EVSE/Connector is not yet active or it is no longer available (deleted). * `outoforder` - The EVSE/Connector is currently out of order. * `planned` - The EVSE/Connector is planned, will be operating soon. * `removed` - The EVSE/Connector/charge point is discontinued/removed. * `reserved` - The EVSE/Connector is reserved for a particular EV driver and is unavailable for other drivers. * `unknown` -  No status information available. (Also used when offline)"""
    tariff_ids: list[str] | None = Field(
        default=None, validation_alias="tariffIds", serialization_alias="tariffIds"
    )
    """The tariffs IDS that we reveived from roaming (as were specified by the CPO)."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            evse_id: str | None = ...,
            status: EvseRoamingStatus | EvseRoamingStatusLiteral | None = ...,
            tariff_ids: list[str] | None = ...,
        ) -> None: ...


class EvseDeprecated(SDKModel):
    hardware_status: EvseDeprecatedHardwareStatus | None = Field(
        default=None,
        validation_alias="hardwareStatus",
        serialization_alias="hardwareStatus",
    )
    """Status reported by the charge point's EVSE:
     * `available` - When a Connector becomes available for a new user (Operative)
     * `preparing` - When a Connector becomes no longer available for a new user but there is no ongoing Transaction (yet). Typically a Connector is in preparing state when a user presents a tag, inserts a cable or a vehicle occupies the parking bay (Operative)
     * `charging` - When the contactor of a Connector closes, allowing the vehicle to charge (Operative)
     * `suspendedEVSE` - When the EV is connected to the EVSE but the EVSE is not offering energy to the EV, e.g. due to a smart charging restriction, local supply power constraints. (Operative)
     * `suspendedEV` - When the EV is connected to the EVSE and the EVSE is offering energy but the EV is not taking any energy. For example the driver has unlocked the car, and the car has paused charging. (Operative)
     * `finishing` - When a Transaction has stopped at a Connector, but the Connector is not yet available for a new user, e.g. the cable has not been removed or the vehicle has not left the parking bay (Operative)
     * `reserved` - When a EVSE becomes reserved as a result of a Reserve Now command (Operative)
     * `unavailable` - When a EVSE becomes unavailable as the result of a Change Availability command or an event upon which the Charge Point transitions to unavailable at its discretion. Upon receipt of a Change Availability command, the status MAY change immediately or the change MAY be scheduled. When scheduled, the Status Notification shall be send when the availability change becomes effective (Inoperative)
     * `faulted` - When a Charge Point or connector has reported an error and is not available for energy delivery (Inoperative)

    When hardware status is null, that means that the charge point has not connected yet or has not reported a hardware status for this evse in the past
    """
    id: int | None = None
    charge_point_id: int | None = Field(
        default=None,
        validation_alias="chargePointId",
        serialization_alias="chargePointId",
    )
    charging_profile: ChargePointChargingProfile | None = Field(
        default=None,
        validation_alias="chargingProfile",
        serialization_alias="chargingProfile",
    )
    roaming: EvseDeprecatedRoaming | None = None
    connectors: list[EvseDeprecatedConnector] | None = None
    physical_reference: str = Field(
        validation_alias="physicalReference", serialization_alias="physicalReference"
    )
    """Unique identifier of the EVSE. QR code or EVSE ID for Roaming."""
    type: EvseCurrentType
    network_id: str = Field(
        validation_alias="networkId", serialization_alias="networkId"
    )
    """The identifier of the EVSE within the station. Protocol specific. For OCPP use consecutive numbers starting from 1"""
    status: EvseDeprecatedStatus
    tariff_group_id: int | None = Field(
        default=None,
        validation_alias="tariffGroupId",
        serialization_alias="tariffGroupId",
    )
    """The ID of the tariff group attached to the EVSE. If the EVSE is not roaming and tariffGroupId is not specified, the default (free) tariff will be assigned. For roaming EVSEs the Tariff Group can only be updated if the option for manual management of EVSEs is enabled for the roaming CPO."""
    allows_reservation: bool = Field(
        validation_alias="allowsReservation", serialization_alias="allowsReservation"
    )
    """Indicates the evse capability of accepting reservations."""
    max_power_kw: float | None = Field(
        default=None, validation_alias="maxPowerKw", serialization_alias="maxPowerKw"
    )
    """The max power displayed for the EVSE in the app. This value is NOT enforced, it is just to be displayed in the app."""
    max_voltage: EvseDeprecatedMaxVoltage = Field(
        validation_alias="maxVoltage", serialization_alias="maxVoltage"
    )
    """The maxVoltage of a CP can fluctuate. Hence, when creating a CP in Ampeco system the maxVoltage is given as a range. For OCPI purposes it maps as follows:
    * `220-240` = 230
    * `110-130` = 120
    * `400` = 400
    * `380` = 380
    """
    max_amperage: float | None = Field(
        default=None, validation_alias="maxAmperage", serialization_alias="maxAmperage"
    )
    phases: EvseDeprecatedPhases | None
    phase_rotation: EvseDeprecatedPhaseRotation | None = Field(
        default=None,
        validation_alias="phaseRotation",
        serialization_alias="phaseRotation",
    )
    mid_meter_certification_end_year: int | None = Field(
        default=None,
        validation_alias="midMeterCertificationEndYear",
        serialization_alias="midMeterCertificationEndYear",
    )
    """The mid meter certification end year."""
    external_id: str | None = Field(
        default=None, validation_alias="externalId", serialization_alias="externalId"
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            hardware_status: (
                EvseDeprecatedHardwareStatus
                | EvseDeprecatedHardwareStatusLiteral
                | None
            ) = ...,
            id: int | None = ...,
            charge_point_id: int | None = ...,
            charging_profile: ChargePointChargingProfile | None = ...,
            roaming: EvseDeprecatedRoaming | None = ...,
            connectors: list[EvseDeprecatedConnector] | None = ...,
            physical_reference: str,
            type: EvseCurrentType | EvseCurrentTypeLiteral,
            network_id: str,
            status: EvseDeprecatedStatus | EvseDeprecatedStatusLiteral,
            tariff_group_id: int | None = ...,
            allows_reservation: bool,
            max_power_kw: float | None = ...,
            max_voltage: EvseDeprecatedMaxVoltage | EvseDeprecatedMaxVoltageLiteral,
            max_amperage: float | None = ...,
            phases: EvseDeprecatedPhases | EvseDeprecatedPhasesLiteral | None,
            phase_rotation: (
                EvseDeprecatedPhaseRotation | EvseDeprecatedPhaseRotationLiteral | None
            ) = ...,
            mid_meter_certification_end_year: int | None = ...,
            external_id: str | None = ...,
        ) -> None: ...


EvseDeprecated.model_rebuild()
EvseDeprecatedRoaming.model_rebuild()
