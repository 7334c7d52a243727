"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenEnum


class AmpecoInvoiceManagerInvoiceType(OpenEnum):
    """The invoice type this field belongs to (individual or company)"""

    INDIVIDUAL = "individual"
    COMPANY = "company"
