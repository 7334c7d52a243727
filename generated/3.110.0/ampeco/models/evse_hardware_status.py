"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenEnum


class EvseHardwareStatus(OpenEnum):
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

    AVAILABLE = "available"
    PREPARING = "preparing"
    CHARGING = "charging"
    SUSPENDED_EV = "suspendedEV"
    SUSPENDED_EVSE = "suspendedEVSE"
    FINISHING = "finishing"
    RESERVED = "reserved"
    UNAVAILABLE = "unavailable"
    FAULTED = "faulted"
    OCCUPIED = "occupied"
