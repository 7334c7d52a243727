"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import Any, TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .charge_point_evse_connector import ChargePointEvseConnector
from .evse_charging_profile import EvseChargingProfile
from .evse_current_type import EvseCurrentType
from .evse_hardware_status import EvseHardwareStatus
from .evse_power_options import EvsePowerOptions
from .evse_roaming import EvseRoaming
from .evse_status import EvseStatus

if TYPE_CHECKING:
    from ..params import (
        EvseCurrentTypeLiteral,
        EvseHardwareStatusLiteral,
        EvseStatusLiteral,
    )


class Evse(SDKModel):
    charge_point_id: int = Field(
        validation_alias="chargePointId", serialization_alias="chargePointId"
    )
    """The ID of the charge point."""
    id: int
    physical_reference: str = Field(
        validation_alias="physicalReference", serialization_alias="physicalReference"
    )
    """The identifier that is presented to the users, so they can identify the EVSE at the location."""
    label: str | None = None
    """The EVSE label will be exposed and visualized in the mobile application"""
    current_type: EvseCurrentType = Field(
        validation_alias="currentType", serialization_alias="currentType"
    )
    """Type of current available on the EVSE:
    - **ac**: Alternating Current (AC) charging
    - **dc**: Direct Current (DC) fast charging
    """
    network_id: str = Field(
        validation_alias="networkId", serialization_alias="networkId"
    )
    """The OCPP evse identifier (should be consecutive numbers starting from 1)"""
    status: EvseStatus
    """For roaming EVSEs the status can only be updated if the option for manual management of EVSEs is enabled for the roaming CPO."""
    mid_meter_certification_end_year: int | None = Field(
        default=None,
        validation_alias="midMeterCertificationEndYear",
        serialization_alias="midMeterCertificationEndYear",
    )
    """The mid meter certification end year."""
    tariff_group_id: int | None = Field(
        default=None,
        validation_alias="tariffGroupId",
        serialization_alias="tariffGroupId",
    )
    """The ID of the tariff group attached to the EVSE. If the EVSE is not roaming and tariffGroupId is not specified, the default (free) tariff will be assigned. For roaming EVSEs the Tariff Group can only be updated if the option for manual management of EVSEs is enabled for the roaming CPO."""
    allows_reservation: bool | None = Field(
        default=None,
        validation_alias="allowsReservation",
        serialization_alias="allowsReservation",
    )
    """Manages whether reservations are allowed on this EVSE. Requires the Reservations to be activated for the system in order to enable for the EVSE."""
    booking_enabled: bool | None = Field(
        default=None,
        validation_alias="bookingEnabled",
        serialization_alias="bookingEnabled",
    )
    """Indicates if the EVSE can be booked."""
    power_options: EvsePowerOptions | None = Field(
        default=None,
        validation_alias="powerOptions",
        serialization_alias="powerOptions",
    )
    external_id: str | None = Field(
        default=None, validation_alias="externalId", serialization_alias="externalId"
    )
    roaming_operator_id: int = Field(
        validation_alias="roamingOperatorId", serialization_alias="roamingOperatorId"
    )
    """For roaming EVSE's, the ID of the roaming operator is provided."""
    roaming: EvseRoaming | None = None
    hardware_status: EvseHardwareStatus | None = Field(
        validation_alias="hardwareStatus", serialization_alias="hardwareStatus"
    )
    """Status reported by the charge point's evse:

    `available` - When a connector becomes available for a new user (Operative)

    `preparing` - When a connector becomes no longer available for a new user but there is no ongoing transaction (yet). Typically a connector is in preparing state when a user presents a tag, inserts a cable or a vehicle occupies the parking bay (Operative)

    `charging` - When the contactor of a connector closes, allowing the vehicle to charge (operative)

    `suspendedEVSE` - When the vehicle is connected to the evse but the evse is not offering energy to the EV, e.g. due to a smart charging restriction, local supply power constraints. (operative)

    `suspendedEV` - When the vehicle is connected to the evse and the evse is offering energy but the vehicle is not taking any energy. For example the driver has unlocked the car, and the car has paused charging. (operative)

    `finishing` - When a transaction has stopped at a connector, but the connector is not yet available for a new user, e.g. the cable has not been removed or the vehicle has not left the parking bay (operative)

    `reserved` - When a evse becomes reserved as a result of a *reserve now* command (operative)

    `unavailable` - When a evse becomes unavailable as the result of a *change availability* command or an event upon which the charge point transitions to unavailable at its discretion. Upon receipt of a change availability command, the status MAY change immediately or the change MAY be scheduled. When scheduled, the status notification shall be sent when the availability change becomes effective (inoperative)

    `faulted` - When a charge point or connector has reported an error and is not available for energy delivery (inoperative).

    `occupied` - If OCPP 2.0.1 is used, the EVSE hardware status is occupied when in session.

    When hardware status is null, that means that the charge point has not connected yet or has not reported a hardware status for this evse in the past.
    """
    charging_profile: EvseChargingProfile | None = Field(
        default=None,
        validation_alias="chargingProfile",
        serialization_alias="chargingProfile",
    )
    connectors: list[ChargePointEvseConnector] | None = None
    external_app_data: dict[str, Any] | None = Field(
        default=None,
        validation_alias="externalAppData",
        serialization_alias="externalAppData",
    )
    """Used to hold any external application data related to the EVSE."""
    created_at: datetime = Field(
        validation_alias="createdAt", serialization_alias="createdAt"
    )
    """ISO 8601 formatted date"""
    last_updated_at: datetime = Field(
        validation_alias="lastUpdatedAt", serialization_alias="lastUpdatedAt"
    )
    """ISO 8601 formatted date"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            charge_point_id: int,
            id: int,
            physical_reference: str,
            label: str | None = ...,
            current_type: EvseCurrentType | EvseCurrentTypeLiteral,
            network_id: str,
            status: EvseStatus | EvseStatusLiteral,
            mid_meter_certification_end_year: int | None = ...,
            tariff_group_id: int | None = ...,
            allows_reservation: bool | None = ...,
            booking_enabled: bool | None = ...,
            power_options: EvsePowerOptions | None = ...,
            external_id: str | None = ...,
            roaming_operator_id: int,
            roaming: EvseRoaming | None = ...,
            hardware_status: EvseHardwareStatus | EvseHardwareStatusLiteral | None,
            charging_profile: EvseChargingProfile | None = ...,
            connectors: list[ChargePointEvseConnector] | None = ...,
            external_app_data: dict[str, Any] | None = ...,
            created_at: datetime,
            last_updated_at: datetime,
        ) -> None: ...
