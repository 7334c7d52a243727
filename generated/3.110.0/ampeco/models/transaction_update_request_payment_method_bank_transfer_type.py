"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenEnum


class TransactionUpdateRequestPaymentMethodBankTransferType(OpenEnum):
    """Required when `methodType` is `bank_transfer`"""

    PSE = "pse"
    SEPA = "sepa"
