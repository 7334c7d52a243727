"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenEnum


class ChargePointDeprecatedHardwareStatus(OpenEnum):
    """When hardware status is null, that means that the charge point has not connected yet or has not reported a hardware status for the charge point in the past"""

    AVAILABLE = "available"
    UNAVAILABLE = "unavailable"
    FAULTED = "faulted"
