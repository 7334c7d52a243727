"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import AmpecoModel


class UpdateCurrencyRateRequest(AmpecoModel):
    rate: float
    """The exchange rate from base to target currency"""
