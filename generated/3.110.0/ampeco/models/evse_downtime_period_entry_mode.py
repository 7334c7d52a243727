"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenEnum


class EvseDowntimePeriodEntryMode(OpenEnum):
    """* `manual` - created by an admin
    * `automatic` - created automatically by the system.
    """

    MANUAL = "manual"
    AUTOMATIC = "automatic"
