"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import SDKModel


class ElectricityRatePricePeriodsDateCreateOrUpdateResponseLinks(SDKModel):
    first: str | None = None
    """The URL to fetch the first page"""
    last: str | None = None
    """The URL to fetch the last page"""
    prev: str | None = None
    """The URL to fetch the previous page"""
    next: str | None = None
    """The URL to fetch the next page. Use this link always in order to utilize the cursor pagination"""
