"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenEnum


class CircuitReadIncludeItem(OpenEnum):
    CHARGE_POINT_PRIORITIES = "chargePointPriorities"
    USER_PRIORITIES = "userPriorities"
    SOC_PRIORITIES = "socPriorities"
    CONSUMPTION = "consumption"
    UNMANAGED_LOAD = "unmanagedLoad"
