"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from decimal import Decimal

from pydantic import Field

from .._runtime.models import SDKModel


class CustomFee(SDKModel):
    id: int
    created_at: datetime = Field(
        validation_alias="createdAt", serialization_alias="createdAt"
    )
    """ISO 8601 formatted date"""
    transaction_id: int = Field(
        validation_alias="transactionId", serialization_alias="transactionId"
    )
    """The ID of the Transaction that the custom fee relates to."""
    created_by_admin_id: int | None = Field(
        default=None,
        validation_alias="createdByAdminId",
        serialization_alias="createdByAdminId",
    )
    """The ID of the Admin who has created the voucher."""
    amount: Decimal
    currency: str
    """The ISO 4217 3-letter code of the currency."""
    bank_message: str = Field(
        validation_alias="bankMessage", serialization_alias="bankMessage"
    )
    last_updated_at: datetime = Field(
        validation_alias="lastUpdatedAt", serialization_alias="lastUpdatedAt"
    )
    """ISO 8601 formatted date"""
