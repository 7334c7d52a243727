"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import OpenEnum, SDKModel
from .payment_method_tokenized_type import PaymentMethodTokenizedType

if TYPE_CHECKING:
    from ..params import (
        PaymentMethodCreateRequestBankTransferTypeLiteral,
        PaymentMethodTokenizedTypeLiteral,
    )


class PaymentMethodCreateRequestBankTransferType(OpenEnum):
    """The type of the bank transfer. Required if `tokenizedType` is `bank_transfer`"""

    SEPA = "sepa"


class PaymentMethodCreateRequest(SDKModel):
    tokenized_type: PaymentMethodTokenizedType | None = Field(
        default=None,
        validation_alias="tokenizedType",
        serialization_alias="tokenizedType",
    )
    """The type of the tokenized payment method. If not provided - defaults to card"""
    bank_transfer_type: PaymentMethodCreateRequestBankTransferType | None = Field(
        default=None,
        validation_alias="bankTransferType",
        serialization_alias="bankTransferType",
    )
    """The type of the bank transfer. Required if `tokenizedType` is `bank_transfer`"""
    transaction_id: float | None = Field(
        default=None,
        validation_alias="transactionId",
        serialization_alias="transactionId",
    )
    """The ID of the Transaction object, created when you initiated the request."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            tokenized_type: (
                PaymentMethodTokenizedType | PaymentMethodTokenizedTypeLiteral | None
            ) = ...,
            bank_transfer_type: (
                PaymentMethodCreateRequestBankTransferType
                | PaymentMethodCreateRequestBankTransferTypeLiteral
                | None
            ) = ...,
            transaction_id: float | None = ...,
        ) -> None: ...
