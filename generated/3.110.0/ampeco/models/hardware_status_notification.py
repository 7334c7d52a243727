"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import OpenEnum, SDKModel
from .evse_deprecated_hardware_status import EvseDeprecatedHardwareStatus

if TYPE_CHECKING:
    from ..params import (
        EvseDeprecatedHardwareStatusLiteral,
        HardwareStatusNotificationNotificationLiteral,
    )


class HardwareStatusNotificationNotification(OpenEnum):
    HARDWARE_STATUS_NOTIFICATION = "HardwareStatusNotification"


class HardwareStatusNotification(SDKModel):
    notification: HardwareStatusNotificationNotification
    charge_point_id: int = Field(
        validation_alias="chargePointId", serialization_alias="chargePointId"
    )
    evse_id: int | None = Field(
        default=None, validation_alias="evseId", serialization_alias="evseId"
    )
    timestamp: datetime
    hardware_status: EvseDeprecatedHardwareStatus | None = Field(
        validation_alias="hardwareStatus", serialization_alias="hardwareStatus"
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
    error_code: str | None = Field(
        default=None, validation_alias="errorCode", serialization_alias="errorCode"
    )
    info: str | None = None
    vendor_id: str | None = Field(
        default=None, validation_alias="vendorId", serialization_alias="vendorId"
    )
    vendor_error_code: str | None = Field(
        default=None,
        validation_alias="vendorErrorCode",
        serialization_alias="vendorErrorCode",
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            notification: (
                HardwareStatusNotificationNotification
                | HardwareStatusNotificationNotificationLiteral
            ),
            charge_point_id: int,
            evse_id: int | None = ...,
            timestamp: datetime,
            hardware_status: (
                EvseDeprecatedHardwareStatus
                | EvseDeprecatedHardwareStatusLiteral
                | None
            ),
            error_code: str | None = ...,
            info: str | None = ...,
            vendor_id: str | None = ...,
            vendor_error_code: str | None = ...,
        ) -> None: ...
