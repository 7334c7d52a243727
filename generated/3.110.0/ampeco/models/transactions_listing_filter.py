"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import OpenEnum, SDKModel
from .transaction_billing_type import TransactionBillingType

if TYPE_CHECKING:
    from ..params import (
        TransactionBillingTypeLiteral,
        TransactionsListingFilterPaymentMethodLiteral,
        TransactionsListingFilterPurchaseTypeItemLiteral,
        TransactionsListingFilterStatusLiteral,
    )


class TransactionsListingFilterPaymentMethod(OpenEnum):
    """Only list transactions by type of payment method"""

    VISA = "visa"
    MASTERCARD = "mastercard"
    PAYPAL = "paypal"
    MAESTRO = "maestro"
    AMEX = "amex"
    UNKNOWN = "unknown"
    APPLEPAY = "applepay"
    GOOGLEPAY = "googlepay"
    TWINT = "twint"
    OTHER = "other"


class TransactionsListingFilterPurchaseTypeItem(OpenEnum):
    SESSION = "session"
    SUBSCRIPTION_PLAN = "subscription_plan"
    TOPUP_PACKAGE = "topup_package"
    CUSTOM_FEE = "custom_fee"
    PAYMENT_TERMINAL_AUTHORISATION = "payment_terminal_authorisation"
    PAYMENT_AUTHORISATION = "payment_authorisation"


class TransactionsListingFilterStatus(OpenEnum):
    """Only list transaction in this status"""

    PENDING = "pending"
    FINALIZED = "finalized"
    FAILED = "failed"
    RESERVED = "reserved"
    REFUNDED = "refunded"
    AUTHORIZED = "authorized"
    INITIALIZED = "initialized"


class TransactionsListingFilter(SDKModel):
    created_after: datetime | None = Field(
        default=None,
        validation_alias="createdAfter",
        serialization_alias="createdAfter",
    )
    """ISO 8601 formatted date. Lists only the transactions created after this datetime"""
    created_before: datetime | None = Field(
        default=None,
        validation_alias="createdBefore",
        serialization_alias="createdBefore",
    )
    """ISO 8601 formatted date. Lists only the transactions created before this datetime"""
    last_updated_after: datetime | None = Field(
        default=None,
        validation_alias="lastUpdatedAfter",
        serialization_alias="lastUpdatedAfter",
    )
    """ISO 8601 formatted date. Lists only the transactions that were last updated after this datetime"""
    last_updated_before: datetime | None = Field(
        default=None,
        validation_alias="lastUpdatedBefore",
        serialization_alias="lastUpdatedBefore",
    )
    """ISO 8601 formatted date. Lists only the transactions that were last updated before this datetime"""
    payment_method: TransactionsListingFilterPaymentMethod | None = Field(
        default=None,
        validation_alias="paymentMethod",
        serialization_alias="paymentMethod",
    )
    """Only list transactions by type of payment method"""
    user_id: str | None = Field(
        default=None, validation_alias="userId", serialization_alias="userId"
    )
    """Only list transactions by a certain user"""
    invoice_number: str | None = Field(
        default=None,
        validation_alias="invoiceNumber",
        serialization_alias="invoiceNumber",
    )
    """Only list transaction by invoice number"""
    status: TransactionsListingFilterStatus | None = None
    """Only list transaction in this status"""
    session_id: str | None = Field(
        default=None, validation_alias="sessionId", serialization_alias="sessionId"
    )
    """Only list transaction with this session id"""
    ref: str | None = None
    """Only list transactions with specific ref number."""
    billing_type: TransactionBillingType | None = Field(
        default=None, validation_alias="billingType", serialization_alias="billingType"
    )
    """Only list transactions with the selected billing type."""
    terminal_id: str | None = Field(
        default=None, validation_alias="terminalId", serialization_alias="terminalId"
    )
    """Only list transactions with specific payment terminal id."""
    finalized_before: datetime | None = Field(
        default=None,
        validation_alias="finalizedBefore",
        serialization_alias="finalizedBefore",
    )
    """ISO 8601 formatted date. Lists only the transactions finalized before this datetime"""
    finalized_after: datetime | None = Field(
        default=None,
        validation_alias="finalizedAfter",
        serialization_alias="finalizedAfter",
    )
    """ISO 8601 formatted date. Lists only the transactions finalized after this datetime"""
    voucher_id: str | None = Field(
        default=None, validation_alias="voucherId", serialization_alias="voucherId"
    )
    """Only list transactions paid with this specific voucher id."""
    purchase_type: list[TransactionsListingFilterPurchaseTypeItem] | None = Field(
        default=None,
        validation_alias="purchaseType",
        serialization_alias="purchaseType",
    )
    """Only list transactions with the specified purchase type(s). Determines what the transaction was for based on its associated entity."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            created_after: datetime | None = ...,
            created_before: datetime | None = ...,
            last_updated_after: datetime | None = ...,
            last_updated_before: datetime | None = ...,
            payment_method: (
                TransactionsListingFilterPaymentMethod
                | TransactionsListingFilterPaymentMethodLiteral
                | None
            ) = ...,
            user_id: str | None = ...,
            invoice_number: str | None = ...,
            status: (
                TransactionsListingFilterStatus
                | TransactionsListingFilterStatusLiteral
                | None
            ) = ...,
            session_id: str | None = ...,
            ref: str | None = ...,
            billing_type: (
                TransactionBillingType | TransactionBillingTypeLiteral | None
            ) = ...,
            terminal_id: str | None = ...,
            finalized_before: datetime | None = ...,
            finalized_after: datetime | None = ...,
            voucher_id: str | None = ...,
            purchase_type: (
                list[
                    TransactionsListingFilterPurchaseTypeItem
                    | TransactionsListingFilterPurchaseTypeItemLiteral
                ]
                | None
            ) = ...,
        ) -> None: ...
