"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenEnum


class ChargePointCapability(OpenEnum):
    REMOTE_START_STOP_CAPABLE = "remote_start_stop_capable"
    METER_VALUES = "meter_values"
    STOP_TRANSACTION_ON_EV_DISCONNECT = "stop_transaction_on_ev_disconnect"
    DISREGARD_THE_HEARTBEATS = "disregard_the_heartbeats"
    DISPLAY_MESSAGES = "display_messages"
