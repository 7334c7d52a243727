"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import OpenEnum, SDKModel
from .payment_method_tokenized_type import PaymentMethodTokenizedType
from .payment_method_wallet_type import PaymentMethodWalletType

if TYPE_CHECKING:
    from ..params import (
        PaymentMethodBankTransferTypeLiteral,
        PaymentMethodIssuerLiteral,
        PaymentMethodTokenizedTypeLiteral,
        PaymentMethodTypeLiteral,
        PaymentMethodWalletTypeLiteral,
    )


class PaymentMethodBankTransferType(OpenEnum):
    SEPA = "sepa"
    PSE = "pse"


class PaymentMethodIssuer(OpenEnum):
    """unknown type means - a payment processor of other then the listed types"""

    VISA = "visa"
    MASTERCARD = "mastercard"
    MAESTRO = "maestro"
    AMEX = "amex"
    PAYPAL = "paypal"
    UNKNOWN = "unknown"


class PaymentMethodType(OpenEnum):
    TOKENIZED = "tokenized"
    CORPORATE = "corporate"
    BALANCE = "balance"
    SUBSCRIPTION = "subscription"
    WALLET = "wallet"
    BANK_TRANSFER = "bank_transfer"


class PaymentMethod(SDKModel):
    id: str | None
    """Please note that the ID of the payment processor is actually a STRING. Please expect records in the format of `corporate:1234` or `subscription_installment:1235` - those will be of type `corporate billing` or `subscription` and when used to start a session will actually bill that session to a corporate account or subscription, that the customer is a member of! Please also note that a value of `NULL` indicates `Balance`"""
    user_id: int = Field(validation_alias="userId", serialization_alias="userId")
    type: PaymentMethodType | None
    tokenized_type: PaymentMethodTokenizedType | None = Field(
        default=None,
        validation_alias="tokenizedType",
        serialization_alias="tokenizedType",
    )
    bank_transfer_type: PaymentMethodBankTransferType | None = Field(
        default=None,
        validation_alias="bankTransferType",
        serialization_alias="bankTransferType",
    )
    wallet_type: PaymentMethodWalletType | None = Field(
        default=None, validation_alias="walletType", serialization_alias="walletType"
    )
    issuer: PaymentMethodIssuer | None = None
    """unknown type means - a payment processor of other then the listed types"""
    name: str
    """The last 4 digits of the CC (with a prefix of \"****\") or the name of the corporate account or the name of the subscription plan or \"Balance\x22"""
    default: bool
    expire_year: float | None = Field(
        default=None, validation_alias="expireYear", serialization_alias="expireYear"
    )
    expire_month: float | None = Field(
        default=None, validation_alias="expireMonth", serialization_alias="expireMonth"
    )
    last_updated_at: datetime | None = Field(
        default=None,
        validation_alias="lastUpdatedAt",
        serialization_alias="lastUpdatedAt",
    )
    """ISO 8601 formatted date"""
    added_at: datetime | None = Field(
        default=None, validation_alias="addedAt", serialization_alias="addedAt"
    )
    """ISO 8601 formatted date"""
    removed_at: datetime | None = Field(
        default=None, validation_alias="removedAt", serialization_alias="removedAt"
    )
    """ISO 8601 formatted date"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: str | None,
            user_id: int,
            type: PaymentMethodType | PaymentMethodTypeLiteral | None,
            tokenized_type: (
                PaymentMethodTokenizedType | PaymentMethodTokenizedTypeLiteral | None
            ) = ...,
            bank_transfer_type: (
                PaymentMethodBankTransferType
                | PaymentMethodBankTransferTypeLiteral
                | None
            ) = ...,
            wallet_type: (
                PaymentMethodWalletType | PaymentMethodWalletTypeLiteral | None
            ) = ...,
            issuer: PaymentMethodIssuer | PaymentMethodIssuerLiteral | None = ...,
            name: str,
            default: bool,
            expire_year: float | None = ...,
            expire_month: float | None = ...,
            last_updated_at: datetime | None = ...,
            added_at: datetime | None = ...,
            removed_at: datetime | None = ...,
        ) -> None: ...
