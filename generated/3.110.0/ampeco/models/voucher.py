"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import date, datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .charge_point_evse_connector_status import ChargePointEvseConnectorStatus
from .payment_terminal_option12_info_item import PaymentTerminalOption12InfoItem
from .voucher_type import VoucherType
from .voucher_validity_period import VoucherValidityPeriod

if TYPE_CHECKING:
    from ..params import (
        ChargePointEvseConnectorStatusLiteral,
        VoucherTypeLiteral,
        VoucherValidityPeriodLiteral,
    )


class Voucher(SDKModel):
    id: int
    code: str
    created_at: datetime = Field(
        validation_alias="createdAt", serialization_alias="createdAt"
    )
    """ISO 8601 formatted date"""
    type: VoucherType
    promo_code: str | None = Field(
        default=None, validation_alias="promoCode", serialization_alias="promoCode"
    )
    """If the type is `promo_code` here would be given the value of this promo code."""
    status: ChargePointEvseConnectorStatus | None = None
    expire_date: date | None = Field(
        default=None, validation_alias="expireDate", serialization_alias="expireDate"
    )
    """RFC 3339 formatted date. Defines the date on which the voucher expires. The field can be calculated based on the `redeemedAt` timestamp and the `validityPeriod` field if the `validityPeriod` is set and the `expireDate` is not."""
    validity_period: VoucherValidityPeriod | None = Field(
        default=None,
        validation_alias="validityPeriod",
        serialization_alias="validityPeriod",
    )
    """Defines the validity period for the voucher. When a user redeems the voucher, this period is added to the `redeemedAt` timestamp to calculate the voucher's `expireDate`. This field is only used when `expireDate` is not already set - if `expireDate` has a value, this period is ignored and the defined `expireDate` is used instead."""
    assign_before_date: date | None = Field(
        default=None,
        validation_alias="assignBeforeDate",
        serialization_alias="assignBeforeDate",
    )
    """The date before which the voucher should be assigned to user in order to be valid. RFC 3339 formatted date"""
    redeemed_at: datetime | None = Field(
        default=None, validation_alias="redeemedAt", serialization_alias="redeemedAt"
    )
    """ISO 8601 formatted date"""
    redeemed_by_user_id: int | None = Field(
        default=None,
        validation_alias="redeemedByUserId",
        serialization_alias="redeemedByUserId",
    )
    amount: float
    currency_code: str = Field(
        validation_alias="currencyCode", serialization_alias="currencyCode"
    )
    """The ISO 4217 3-letter code of the currency"""
    description: str | None = None
    transaction_id: int | None = Field(
        default=None,
        validation_alias="transactionId",
        serialization_alias="transactionId",
    )
    """The ID of the transaction with which the voucher was purchased."""
    created_by_admin_id: int | None = Field(
        default=None,
        validation_alias="createdByAdminId",
        serialization_alias="createdByAdminId",
    )
    """The ID of the Admin who has created the voucher."""
    last_updated_at: datetime | None = Field(
        default=None,
        validation_alias="lastUpdatedAt",
        serialization_alias="lastUpdatedAt",
    )
    """ISO 8601 formatted date"""
    remaining_amount: float = Field(
        validation_alias="remainingAmount", serialization_alias="remainingAmount"
    )
    title: list[PaymentTerminalOption12InfoItem] | None = None
    """The title of the voucher."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: int,
            code: str,
            created_at: datetime,
            type: VoucherType | VoucherTypeLiteral,
            promo_code: str | None = ...,
            status: (
                ChargePointEvseConnectorStatus
                | ChargePointEvseConnectorStatusLiteral
                | None
            ) = ...,
            expire_date: date | None = ...,
            validity_period: (
                VoucherValidityPeriod | VoucherValidityPeriodLiteral | None
            ) = ...,
            assign_before_date: date | None = ...,
            redeemed_at: datetime | None = ...,
            redeemed_by_user_id: int | None = ...,
            amount: float,
            currency_code: str,
            description: str | None = ...,
            transaction_id: int | None = ...,
            created_by_admin_id: int | None = ...,
            last_updated_at: datetime | None = ...,
            remaining_amount: float,
            title: list[PaymentTerminalOption12InfoItem] | None = ...,
        ) -> None: ...
