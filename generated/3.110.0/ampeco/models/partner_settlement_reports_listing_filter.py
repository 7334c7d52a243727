"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import date

from pydantic import Field

from .._runtime.models import SDKModel


class PartnerSettlementReportsListingFilter(SDKModel):
    partner_id: int | None = Field(
        default=None, validation_alias="partnerId", serialization_alias="partnerId"
    )
    period_after: date | None = Field(
        default=None, validation_alias="periodAfter", serialization_alias="periodAfter"
    )
    period_before: date | None = Field(
        default=None,
        validation_alias="periodBefore",
        serialization_alias="periodBefore",
    )
