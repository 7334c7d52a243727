"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from decimal import Decimal

from pydantic import Field

from .._runtime.models import SDKModel


class PartnerCorporateBilling(SDKModel):
    enabled: bool | None = False
    monthly_limit: Decimal | None = Field(
        default=None,
        validation_alias="monthlyLimit",
        serialization_alias="monthlyLimit",
    )
    discount: Decimal | None = None
