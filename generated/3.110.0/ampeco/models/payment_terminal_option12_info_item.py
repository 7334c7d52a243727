"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import AmpecoModel


class PaymentTerminalOption12InfoItem(AmpecoModel):
    locale: str | None = None
    """valid locale"""
    translation: str | None = None
