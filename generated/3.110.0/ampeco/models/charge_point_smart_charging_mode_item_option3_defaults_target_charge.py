"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import time

from .._runtime.models import SDKModel


class ChargePointSmartChargingModeItemOption3DefaultsTargetCharge(SDKModel):
    departure_time: time | None = None
    """The 24-hour format should be used.</br>
    Example `00:00`
    """
