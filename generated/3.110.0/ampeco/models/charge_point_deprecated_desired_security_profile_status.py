"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenEnum


class ChargePointDeprecatedDesiredSecurityProfileStatus(OpenEnum):
    """Whether the last requested desiredSecurityProfile was successfully applied to the charge point"""

    APPLIED = "applied"
    PENDING = "pending"
    REJECTED = "rejected"
