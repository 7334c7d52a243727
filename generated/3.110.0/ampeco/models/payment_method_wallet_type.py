"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenEnum


class PaymentMethodWalletType(OpenEnum):
    """Required when `methodType` is `wallet`"""

    APPLEPAY = "applepay"
    GOOGLEPAY = "googlepay"
    TWINT = "twint"
    OTHER = "other"
