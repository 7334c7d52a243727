"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenEnum


class SessionPaymentType(OpenEnum):
    """`bank_transfer` is used for one-time bank transfers, for saved (tokenized) bank transfers use `tokenized`."""

    TOKENIZED = "tokenized"
    SUBSCRIPTION = "subscription"
    BALANCE = "balance"
    CORPORATE = "corporate"
    TERMINAL = "terminal"
    BANK_TRANSFER = "bank_transfer"
