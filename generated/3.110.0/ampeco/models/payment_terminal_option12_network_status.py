"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenEnum


class PaymentTerminalOption12NetworkStatus(OpenEnum):
    ONLINE = "online"
    OFFLINE = "offline"
    UNKNOWN = "unknown"
