"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .receipt_payment_status import ReceiptPaymentStatus
from .session_tax import SessionTax

if TYPE_CHECKING:
    from ..params import ReceiptPaymentStatusLiteral


class Receipt(SDKModel):
    id: int
    receipt_no: str = Field(
        validation_alias="receiptNo", serialization_alias="receiptNo"
    )
    user_id: int | None = Field(validation_alias="userId", serialization_alias="userId")
    total_kwh: Decimal | None = Field(
        default=None, validation_alias="totalKwh", serialization_alias="totalKwh"
    )
    period_start: datetime | None = Field(
        default=None, validation_alias="periodStart", serialization_alias="periodStart"
    )
    """For monthly and post-paid subscription receipts shows the start date of the period for which the receipt is issued"""
    period_end: datetime | None = Field(
        default=None, validation_alias="periodEnd", serialization_alias="periodEnd"
    )
    """For monthly and post-paid subscription receipts shows the end date of the period for which the receipt is issued"""
    total_amount: float = Field(
        validation_alias="totalAmount", serialization_alias="totalAmount"
    )
    tax: SessionTax | None = None
    payment_status: ReceiptPaymentStatus | None = Field(
        default=None,
        validation_alias="paymentStatus",
        serialization_alias="paymentStatus",
    )
    download_url: str | None = Field(
        default=None, validation_alias="downloadUrl", serialization_alias="downloadUrl"
    )
    """The link where the receipt could be downloaded."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: int,
            receipt_no: str,
            user_id: int | None,
            total_kwh: Decimal | None = ...,
            period_start: datetime | None = ...,
            period_end: datetime | None = ...,
            total_amount: float,
            tax: SessionTax | None = ...,
            payment_status: (
                ReceiptPaymentStatus | ReceiptPaymentStatusLiteral | None
            ) = ...,
            download_url: str | None = ...,
        ) -> None: ...
