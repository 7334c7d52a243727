"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import SDKModel


class ChargePointDisconnectRequest(SDKModel):
    reason: str
    """Human-readable reason for disconnecting the charge point. Used for audit logging purposes."""
