"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import SDKModel


class PaymentTerminalOption12InfoItem(SDKModel):
    locale: str | None = None
    """valid locale"""
    translation: str | None = None
