"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from typing import TYPE_CHECKING

from .._runtime.models import SDKModel
from .charge_point_create_request_status import ChargePointCreateRequestStatus
from .charge_point_deprecated_network_status import ChargePointDeprecatedNetworkStatus
from .evse_deprecated_hardware_status import EvseDeprecatedHardwareStatus

if TYPE_CHECKING:
    from ..params import (
        ChargePointCreateRequestStatusLiteral,
        ChargePointDeprecatedNetworkStatusLiteral,
        EvseDeprecatedHardwareStatusLiteral,
    )


class EvseDowntimePeriodStatuses(SDKModel):
    """A snapshot of the statuses of the charge point at the time of creation of the downtime period."""

    system: ChargePointCreateRequestStatus
    """Shows the system status of the Charge Point.
    * `enabled` - the charge point is fully operative.
    * `disabled` - the charge point would not be shown on the map if it is a commercial public or commercial private with the relevant option for visibility nor could be claimed or found by ID if it is personal (home). </br>
    * `demo` - acts as a simulator so different setups could be tested.
    * `out of order` - the charge point is visible and shared with users, but a charging session
    """
    network: ChargePointDeprecatedNetworkStatus
    """Connection status of the charge point:
    * `never connected` - the charge point has not yet connected to the CPMS
    * `available` - connected to the CPMS
    * `temporarily unavailable` - disconnected a short while ago
    * `long-term unavailable` - disconnected, and some time has passed, so we dont expect the connection will be restores
    """
    hardware: EvseDeprecatedHardwareStatus | None
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

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            system: (
                ChargePointCreateRequestStatus | ChargePointCreateRequestStatusLiteral
            ),
            network: (
                ChargePointDeprecatedNetworkStatus
                | ChargePointDeprecatedNetworkStatusLiteral
            ),
            hardware: (
                EvseDeprecatedHardwareStatus
                | EvseDeprecatedHardwareStatusLiteral
                | None
            ),
        ) -> None: ...
