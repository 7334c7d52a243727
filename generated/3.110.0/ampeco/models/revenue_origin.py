"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenEnum


class RevenueOrigin(OpenEnum):
    """Only list revenue by origin"""

    ELECTRICITY_TAX_REIMBURSEMENT = "electricity-tax-reimbursement"
    SESSION_CPO = "session-cpo"
