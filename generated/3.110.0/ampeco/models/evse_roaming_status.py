"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenEnum


class EvseRoamingStatus(OpenEnum):
    """* `available` - The EVSE/Connector is able to start a new charging session. * `blocked` - The EVSE/Connector is not accessible because of a physical barrier, i.e. a car. * `charging` - The EVSE/Connector is in use. * `inoperative` - The EVSE/Connector is not yet active or it is no longer available (deleted). * `outoforder` - The EVSE/Connector is currently out of order. * `planned` - The EVSE/Connector is planned, will be operating soon. * `removed` - The EVSE/Connector/charge point is discontinued/removed. * `reserved` - The EVSE/Connector is reserved for a particular EV driver and is unavailable for other drivers. * `unknown` -  No status information available. (Also used when offline)"""

    AVAILABLE = "available"
    BLOCKED = "blocked"
    CHARGING = "charging"
    INOPERATIVE = "inoperative"
    OUTOFORDER = "outoforder"
    PLANNED = "planned"
    REMOVED = "removed"
    RESERVED = "reserved"
    UNKNOWN = "unknown"
