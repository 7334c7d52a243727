"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .expense_origin import ExpenseOrigin

if TYPE_CHECKING:
    from ..params import ExpenseOriginLiteral


class ExpensesListingFilter(SDKModel):
    partner_id: str | None = Field(
        default=None, validation_alias="partnerId", serialization_alias="partnerId"
    )
    """Only list expenses associated with a certain partner"""
    settlement_report_id: str | None = Field(
        default=None,
        validation_alias="settlementReportId",
        serialization_alias="settlementReportId",
    )
    """Only list expenses associated with a certain settlement report"""
    date_before: datetime | None = Field(
        default=None, validation_alias="dateBefore", serialization_alias="dateBefore"
    )
    date_after: datetime | None = Field(
        default=None, validation_alias="dateAfter", serialization_alias="dateAfter"
    )
    origin: ExpenseOrigin | None = None
    """Only list revenue by origin"""
    currency_code: str | None = Field(
        default=None,
        validation_alias="currencyCode",
        serialization_alias="currencyCode",
    )
    """3-letter currency code (ISO 4217). Only list expenses by currency"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            partner_id: str | None = ...,
            settlement_report_id: str | None = ...,
            date_before: datetime | None = ...,
            date_after: datetime | None = ...,
            origin: ExpenseOrigin | ExpenseOriginLiteral | None = ...,
            currency_code: str | None = ...,
        ) -> None: ...
