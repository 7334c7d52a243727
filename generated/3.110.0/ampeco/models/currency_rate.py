"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime

from pydantic import Field

from .._runtime.models import SDKModel


class CurrencyRate(SDKModel):
    id: int
    """The unique identifier of the currency rate"""
    base: str
    """The base currency code (ISO 4217)"""
    target: str
    """The target currency code (ISO 4217)"""
    rate: float
    """The exchange rate from base to target currency"""
    updated_at: datetime = Field(
        validation_alias="updatedAt", serialization_alias="updatedAt"
    )
    """The date and time when the currency rate was last updated"""
