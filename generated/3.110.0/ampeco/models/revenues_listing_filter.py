"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime

from pydantic import Field

from .._runtime.models import AmpecoModel
from .revenue_origin import RevenueOrigin


class RevenuesListingFilter(AmpecoModel):
    partner_id: str | None = Field(
        default=None, validation_alias="partnerId", serialization_alias="partnerId"
    )
    """Only list revenue associated with a certain partner"""
    settlement_report_id: str | None = Field(
        default=None,
        validation_alias="settlementReportId",
        serialization_alias="settlementReportId",
    )
    """Only list revenue associated with a certain settlement report"""
    date_before: datetime | None = Field(
        default=None, validation_alias="dateBefore", serialization_alias="dateBefore"
    )
    date_after: datetime | None = Field(
        default=None, validation_alias="dateAfter", serialization_alias="dateAfter"
    )
    origin: RevenueOrigin | None = None
    """Only list revenue by origin"""
    currency_code: str | None = Field(
        default=None,
        validation_alias="currencyCode",
        serialization_alias="currencyCode",
    )
    """3-letter currency code (ISO 4217). Only list revenue by currency"""
