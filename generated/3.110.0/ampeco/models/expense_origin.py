"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenEnum


class ExpenseOrigin(OpenEnum):
    """Only list revenue by origin"""

    PLATFORM_FEE_EMSP = "platform-fee-emsp"
    PLATFORM_FEE_CPO = "platform-fee-cpo"
    USER_CUSTOM_FEE = "user-custom-fee"
    SESSION_EMSP = "session-emsp"
