"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import SDKModel


class ChargePointSetChargingProfileResult(SDKModel):
    id: int | None = None
    """The ID of the charging profile that was applied"""
