"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenEnum


class ChargePointDeprecatedStatus(OpenEnum):
    ACTIVE = "active"
    DISABLED = "disabled"
    OUT_OF_ORDER = "out of order"
    DEMO = "demo"
