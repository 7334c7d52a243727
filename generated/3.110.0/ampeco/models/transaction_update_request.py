"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .payment_method_tokenized_type import PaymentMethodTokenizedType
from .transaction_card_details_type import TransactionCardDetailsType
from .transaction_status import TransactionStatus
from .transaction_update_request_payment_method_bank_transfer_type import (
    TransactionUpdateRequestPaymentMethodBankTransferType,
)

if TYPE_CHECKING:
    from ..params import (
        PaymentMethodTokenizedTypeLiteral,
        TransactionCardDetailsTypeLiteral,
        TransactionStatusLiteral,
        TransactionUpdateRequestPaymentMethodBankTransferTypeLiteral,
    )


class TransactionUpdateRequestPaymentMethod(SDKModel):
    method_type: PaymentMethodTokenizedType | None = Field(
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
    type: TransactionCardDetailsType | None = Field(
        default=None,
        deprecated="TransactionUpdateRequestPaymentMethod.type is deprecated; use method_type and card_network instead",
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
                PaymentMethodTokenizedType | PaymentMethodTokenizedTypeLiteral | None
            ) = ...,
            card_network: (
                TransactionCardDetailsType | TransactionCardDetailsTypeLiteral | None
            ) = ...,
            bank_transfer_type: (
                TransactionUpdateRequestPaymentMethodBankTransferType
                | TransactionUpdateRequestPaymentMethodBankTransferTypeLiteral
                | None
            ) = ...,
            type: (
                TransactionCardDetailsType | TransactionCardDetailsTypeLiteral | None
            ) = ...,
            last4: str | None = ...,
            exp_month: str | None = ...,
            exp_year: str | None = ...,
        ) -> None: ...


class TransactionUpdateRequest(SDKModel):
    payment_method: TransactionUpdateRequestPaymentMethod | None = Field(
        default=None,
        validation_alias="paymentMethod",
        serialization_alias="paymentMethod",
    )
    status: TransactionStatus
    total_amount: float = Field(
        validation_alias="totalAmount", serialization_alias="totalAmount"
    )
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
            payment_method: TransactionUpdateRequestPaymentMethod | None = ...,
            status: TransactionStatus | TransactionStatusLiteral,
            total_amount: float,
            ref: str | None = ...,
            failure_reason: str | None = ...,
        ) -> None: ...


TransactionUpdateRequest.model_rebuild()
TransactionUpdateRequestPaymentMethod.model_rebuild()
