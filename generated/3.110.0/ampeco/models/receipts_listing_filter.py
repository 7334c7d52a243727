"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .receipt_payment_status import ReceiptPaymentStatus

if TYPE_CHECKING:
    from ..params import ReceiptPaymentStatusLiteral


class ReceiptsListingFilter(SDKModel):
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

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            user_id: str | None = ...,
            tax_id: str | None = ...,
            payment_status: (
                ReceiptPaymentStatus | ReceiptPaymentStatusLiteral | None
            ) = ...,
            period_start: datetime | None = ...,
            period_end: datetime | None = ...,
        ) -> None: ...
