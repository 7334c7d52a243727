"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenEnum


class ChargePointCreateRequestStatus(OpenEnum):
    """Shows the system status of the Charge Point.
    * `enabled` - the charge point is fully operative.
    * `disabled` - the charge point would not be shown on the map if it is a commercial public or commercial private with the relevant option for visibility nor could be claimed or found by ID if it is personal (home). </br>
    * `demo` - acts as a simulator so different setups could be tested.
    * `out of order` - the charge point is visible and shared with users, but a charging session
    """

    ENABLED = "enabled"
    DISABLED = "disabled"
    OUT_OF_ORDER = "out of order"
    DEMO = "demo"
