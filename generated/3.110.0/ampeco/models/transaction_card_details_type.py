"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenEnum


class TransactionCardDetailsType(OpenEnum):
    """Card brand"""

    VISA = "visa"
    MASTERCARD = "mastercard"
    PAYPAL = "paypal"
    MAESTRO = "maestro"
    AMEX = "amex"
    UNKNOWN = "unknown"
