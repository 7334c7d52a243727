"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenEnum


class EvseStatus(OpenEnum):
    """For roaming EVSEs the status can only be updated if the option for manual management of EVSEs is enabled for the roaming CPO."""

    ENABLED = "enabled"
    DISABLED = "disabled"
    OUT_OF_ORDER = "out of order"
