"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import SDKModel


class TransactionUpdatePaymentReferenceRequest(SDKModel):
    ref: str
    """Reference to the payment processor or payment terminal where more information about the transaction could be checked."""
