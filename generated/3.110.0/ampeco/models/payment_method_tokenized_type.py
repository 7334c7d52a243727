"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenEnum


class PaymentMethodTokenizedType(OpenEnum):
    """The type of the tokenized payment method. If not provided - defaults to card"""

    CARD = "card"
    BANK_TRANSFER = "bank_transfer"
