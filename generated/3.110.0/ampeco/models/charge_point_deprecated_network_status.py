"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenEnum


class ChargePointDeprecatedNetworkStatus(OpenEnum):
    """Connection status of the charge point:
    * `never connected` - the charge point has not yet connected to the CPMS
    * `available` - connected to the CPMS
    * `temporarily unavailable` - disconnected a short while ago
    * `long-term unavailable` - disconnected, and some time has passed, so we dont expect the connection will be restores
    """

    NEVER_CONNECTED = "never connected"
    AVAILABLE = "available"
    TEMPORARILY_UNAVAILABLE = "temporarily unavailable"
    LONG_TERM_UNAVAILABLE = "long-term unavailable"
