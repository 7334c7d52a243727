"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenEnum


class ChargePointEvseConnectorStatus(OpenEnum):
    """* `enabled` Enabled - the user is allowed to use the system
    * `disabled` Disabled - the user is NOT allowed to use the system
    """

    ENABLED = "enabled"
    DISABLED = "disabled"
