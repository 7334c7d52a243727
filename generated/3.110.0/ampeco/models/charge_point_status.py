"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .charge_point_deprecated_hardware_status import ChargePointDeprecatedHardwareStatus
from .charge_point_deprecated_network_status import ChargePointDeprecatedNetworkStatus
from .evse_deprecated_hardware_status import EvseDeprecatedHardwareStatus

if TYPE_CHECKING:
    from ..params import (
        ChargePointDeprecatedHardwareStatusLiteral,
        ChargePointDeprecatedNetworkStatusLiteral,
        EvseDeprecatedHardwareStatusLiteral,
    )


class ChargePointStatusEvse(SDKModel):
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
        ) -> None: ...


class ChargePointStatus(SDKModel):
    network_status: ChargePointDeprecatedNetworkStatus = Field(
        validation_alias="networkStatus", serialization_alias="networkStatus"
    )
    """Connection status of the charge point:
    * `never connected` - the charge point has not yet connected to the CPMS
    * `available` - connected to the CPMS
    * `temporarily unavailable` - disconnected a short while ago
    * `long-term unavailable` - disconnected, and some time has passed, so we dont expect the connection will be restores
    """
    hardware_status: ChargePointDeprecatedHardwareStatus | None = Field(
        default=None,
        validation_alias="hardwareStatus",
        serialization_alias="hardwareStatus",
    )
    """When hardware status is null, that means that the charge point has not connected yet or has not reported a hardware status for the charge point in the past"""
    evses: list[ChargePointStatusEvse] | None = None
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
            network_status: (
                ChargePointDeprecatedNetworkStatus
                | ChargePointDeprecatedNetworkStatusLiteral
            ),
            hardware_status: (
                ChargePointDeprecatedHardwareStatus
                | ChargePointDeprecatedHardwareStatusLiteral
                | None
            ) = ...,
            evses: list[ChargePointStatusEvse] | None = ...,
            last_updated_at: datetime | None = ...,
        ) -> None: ...


ChargePointStatus.model_rebuild()
ChargePointStatusEvse.model_rebuild()
