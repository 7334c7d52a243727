"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime

from pydantic import Field

from .._runtime.models import SDKModel


class ListCurrencyRatesFilter(SDKModel):
    base: str | None = None
    """Filter by base currency code"""
    target: str | None = None
    """Filter by target currency code"""
    updated_before: datetime | None = Field(
        default=None,
        validation_alias="updatedBefore",
        serialization_alias="updatedBefore",
    )
    """Filter by records updated before a specific datetime"""
    updated_after: datetime | None = Field(
        default=None,
        validation_alias="updatedAfter",
        serialization_alias="updatedAfter",
    )
    """Filter by records updated after a specific datetime"""
