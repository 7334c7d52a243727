"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from decimal import Decimal

from pydantic import Field

from .._runtime.models import SDKModel


class SessionTax(SDKModel):
    tax_id: int | None = Field(
        default=None, validation_alias="taxId", serialization_alias="taxId"
    )
    tax_percentage: Decimal | None = Field(
        default=None,
        validation_alias="taxPercentage",
        serialization_alias="taxPercentage",
    )
