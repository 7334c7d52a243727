"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import date, datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .charge_point_evse_connector_status import ChargePointEvseConnectorStatus
from .voucher_type import VoucherType

if TYPE_CHECKING:
    from ..params import ChargePointEvseConnectorStatusLiteral, VoucherTypeLiteral


class VoucherDeprecated(SDKModel):
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
    """RFC 3339 formatted date"""
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
    currency: str
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
            redeemed_at: datetime | None = ...,
            redeemed_by_user_id: int | None = ...,
            amount: float,
            currency: str,
            description: str | None = ...,
            transaction_id: int | None = ...,
            created_by_admin_id: int | None = ...,
            last_updated_at: datetime | None = ...,
        ) -> None: ...
