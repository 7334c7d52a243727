"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenEnum


class RfidTagsListingDeprecatedFilterStatus(OpenEnum):
    """Only list RFID tags in this status"""

    ACTIVE = "active"
    DISABLED = "disabled"
    SUSPENDED = "suspended"
