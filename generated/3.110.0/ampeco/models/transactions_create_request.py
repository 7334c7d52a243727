"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import OpenEnum, SDKModel
from .payment_method_wallet_type import PaymentMethodWalletType
from .transaction_card_details_type import TransactionCardDetailsType
from .transaction_status import TransactionStatus
from .transaction_update_request_payment_method_bank_transfer_type import (
    TransactionUpdateRequestPaymentMethodBankTransferType,
)

if TYPE_CHECKING:
    from ..params import (
        PaymentMethodWalletTypeLiteral,
        TransactionCardDetailsTypeLiteral,
        TransactionStatusLiteral,
        TransactionUpdateRequestPaymentMethodBankTransferTypeLiteral,
        TransactionsCreateRequestPaymentMethodMethodTypeLiteral,
    )


class TransactionsCreateRequestPaymentMethodMethodType(OpenEnum):
    CARD = "card"
    BANK_TRANSFER = "bank_transfer"
    WALLET = "wallet"


class TransactionsCreateRequestPaymentMethod(SDKModel):
    method_type: TransactionsCreateRequestPaymentMethodMethodType | None = Field(
        default=None, validation_alias="methodType", serialization_alias="methodType"
    )
    card_network: TransactionCardDetailsType | None = Field(
        default=None, validation_alias="cardNetwork", serialization_alias="cardNetwork"
    )
    """Required when `methodType` is `card`"""
    bank_transfer_type: TransactionUpdateRequestPaymentMethodBankTransferType | None = (
        Field(
            default=None,
            validation_alias="bankTransferType",
            serialization_alias="bankTransferType",
        )
    )
    """Required when `methodType` is `bank_transfer`"""
    wallet_type: PaymentMethodWalletType | None = Field(
        default=None, validation_alias="walletType", serialization_alias="walletType"
    )
    """Required when `methodType` is `wallet`"""
    type: TransactionCardDetailsType | None = Field(
        default=None,
        deprecated="TransactionsCreateRequestPaymentMethod.type is deprecated; use method_type and card_network instead",
    )
    """Deprecated, please use `methodType` and `cardNetwork` instead."""
    last4: str | None = None
    exp_month: str | None = Field(
        default=None, validation_alias="expMonth", serialization_alias="expMonth"
    )
    exp_year: str | None = Field(
        default=None, validation_alias="expYear", serialization_alias="expYear"
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            method_type: (
                TransactionsCreateRequestPaymentMethodMethodType
                | TransactionsCreateRequestPaymentMethodMethodTypeLiteral
                | None
            ) = ...,
            card_network: (
                TransactionCardDetailsType | TransactionCardDetailsTypeLiteral | None
            ) = ...,
            bank_transfer_type: (
                TransactionUpdateRequestPaymentMethodBankTransferType
                | TransactionUpdateRequestPaymentMethodBankTransferTypeLiteral
                | None
            ) = ...,
            wallet_type: (
                PaymentMethodWalletType | PaymentMethodWalletTypeLiteral | None
            ) = ...,
            type: (
                TransactionCardDetailsType | TransactionCardDetailsTypeLiteral | None
            ) = ...,
            last4: str | None = ...,
            exp_month: str | None = ...,
            exp_year: str | None = ...,
        ) -> None: ...


class TransactionsCreateRequest(SDKModel):
    session_id: int | None = Field(
        default=None, validation_alias="sessionId", serialization_alias="sessionId"
    )
    payment_method: TransactionsCreateRequestPaymentMethod | None = Field(
        default=None,
        validation_alias="paymentMethod",
        serialization_alias="paymentMethod",
    )
    total_amount: float = Field(
        validation_alias="totalAmount", serialization_alias="totalAmount"
    )
    status: TransactionStatus
    ref: str | None = None
    failure_reason: str | None = Field(
        default=None,
        validation_alias="failureReason",
        serialization_alias="failureReason",
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            session_id: int | None = ...,
            payment_method: TransactionsCreateRequestPaymentMethod | None = ...,
            total_amount: float,
            status: TransactionStatus | TransactionStatusLiteral,
            ref: str | None = ...,
            failure_reason: str | None = ...,
        ) -> None: ...


TransactionsCreateRequest.model_rebuild()
TransactionsCreateRequestPaymentMethod.model_rebuild()
