"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenEnum


class TransactionBillingType(OpenEnum):
    """The type of billing used for the transaction. Internal transactions are processed in our system, while external transactions are billed externally."""

    INTERNAL = "internal"
    EXTERNAL = "external"
