"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime

from pydantic import Field

from .._runtime.models import AmpecoModel
from .expense_origin import ExpenseOrigin


class ExpensesListingDeprecatedFilter(AmpecoModel):
    partner_id: str | None = Field(
        default=None, validation_alias="partnerId", serialization_alias="partnerId"
    )
    """Only list expenses associated with a certain partner"""
    date_from: datetime | None = Field(
        default=None, validation_alias="dateFrom", serialization_alias="dateFrom"
    )
    """Date from based on created at"""
    date_to: datetime | None = Field(
        default=None, validation_alias="dateTo", serialization_alias="dateTo"
    )
    """Date to based on created at"""
    origin: ExpenseOrigin | None = None
    """Only list revenue by origin"""
    currency: str | None = None
    """3-letter currency code (ISO 4217). Only list expenses by currency"""
