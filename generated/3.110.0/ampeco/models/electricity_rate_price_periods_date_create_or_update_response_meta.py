"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import SDKModel


class ElectricityRatePricePeriodsDateCreateOrUpdateResponseMeta(SDKModel):
    path: str | None = None
    """The base route of the endpoint (unpaginated)"""
    per_page: int | None = None
    """The max number of items in each page"""
    next_cursor: str | None = None
    """The cursor to fetch the next page. Do not use this directly. It will be populated by using the previous response's links.next."""
    prev_cursor: str | None = None
    """The cursor to fetch the previous page. Do not use this directly. It will be populated by using the previous response's links.prev."""
