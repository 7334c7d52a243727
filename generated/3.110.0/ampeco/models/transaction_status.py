"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenEnum


class TransactionStatus(OpenEnum):
    PENDING = "pending"
    FINALIZED = "finalized"
    FAILED = "failed"
    REVERSED = "reversed"
    REFUNDED = "refunded"
    AUTHORIZED = "authorized"
    INITIALIZED = "initialized"
