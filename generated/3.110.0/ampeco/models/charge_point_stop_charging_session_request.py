"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import SDKModel


class ChargePointStopChargingSessionRequest(SDKModel):
    force: bool | None = False
    """Use force=true when you want to end the session reguardless of the CP response"""
