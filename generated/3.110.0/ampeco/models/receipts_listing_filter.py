"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime

from pydantic import Field

from .._runtime.models import AmpecoModel
from .receipt_payment_status import ReceiptPaymentStatus


class ReceiptsListingFilter(AmpecoModel):
    user_id: str | None = Field(
        default=None, validation_alias="userId", serialization_alias="userId"
    )
    """Only list Receipts with a certain user id"""
    tax_id: str | None = Field(
        default=None, validation_alias="taxId", serialization_alias="taxId"
    )
    """Only list Receipts with specific VAT id"""
    payment_status: ReceiptPaymentStatus | None = Field(
        default=None,
        validation_alias="paymentStatus",
        serialization_alias="paymentStatus",
    )
    period_start: datetime | None = Field(
        default=None, validation_alias="periodStart", serialization_alias="periodStart"
    )
    """ISO 8601 formatted date"""
    period_end: datetime | None = Field(
        default=None, validation_alias="periodEnd", serialization_alias="periodEnd"
    )
    """ISO 8601 formatted date"""
