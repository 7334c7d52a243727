"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import date

from pydantic import Field

from .._runtime.models import SDKModel


class VoucherCreateDeprecatedRequest(SDKModel):
    amount: float
    expire_date: date | None = Field(
        default=None, validation_alias="expireDate", serialization_alias="expireDate"
    )
    """RFC 3339 formatted date"""
    description: str | None = None
