"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenEnum


class ChargePointDeprecatedCapability(OpenEnum):
    REMOTE_START_STOP_CAPABLE = "REMOTE_START_STOP_CAPABLE"
    METER_VALUES = "METER_VALUES"
    STOP_TRANSACTION_ON_EV_DISCONNECT = "STOP_TRANSACTION_ON_EV_DISCONNECT"
