"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import SDKModel


class CreateCurrencyRateRequest(SDKModel):
    base: str
    """Base currency code (ISO 4217)"""
    target: str
    """Target currency code (ISO 4217)"""
    rate: float
    """The exchange rate from base to target currency"""
