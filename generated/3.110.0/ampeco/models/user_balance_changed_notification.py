"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import OpenEnum, SDKModel

if TYPE_CHECKING:
    from ..params import (
        UserBalanceChangedNotificationNotificationLiteral,
        UserBalanceChangedNotificationTypeLiteral,
    )


class UserBalanceChangedNotificationNotification(OpenEnum):
    USER_BALANCE_CHANGED = "userBalance.changed"


class UserBalanceChangedNotificationType(OpenEnum):
    TRANSACTION = "transaction"
    USER_TOP_UP = "user_top_up"
    API_TOP_UP = "api_top_up"
    OPERATOR_TOP_UP = "operator_top_up"
    VOUCHER = "voucher"
    TOP_UP = "top_up"
    AUTO_TOP_UP = "auto_top_up"
    ADD_TO_BALANCE = "add_to_balance"
    PROMO_CODE = "promo_code"
    SUBSCRIBE_TO_PLAN = "subscribe_to_plan"
    CUSTOM_FEE = "custom_fee"


class UserBalanceChangedNotification(SDKModel):
    notification: UserBalanceChangedNotificationNotification
    debit: float
    credit: float
    updated_balance: float = Field(
        validation_alias="updatedBalance", serialization_alias="updatedBalance"
    )
    user_id: int = Field(validation_alias="userId", serialization_alias="userId")
    currency: str
    """The ISO 4217 3-letter code of the currency"""
    type: UserBalanceChangedNotificationType
    transaction_id: int | None = Field(
        default=None,
        validation_alias="transactionId",
        serialization_alias="transactionId",
    )
    timestamp: datetime
    """ISO 8601 formatted date"""
    last_updated_at: datetime = Field(
        validation_alias="lastUpdatedAt", serialization_alias="lastUpdatedAt"
    )
    """ISO 8601 formatted date"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            notification: (
                UserBalanceChangedNotificationNotification
                | UserBalanceChangedNotificationNotificationLiteral
            ),
            debit: float,
            credit: float,
            updated_balance: float,
            user_id: int,
            currency: str,
            type: (
                UserBalanceChangedNotificationType
                | UserBalanceChangedNotificationTypeLiteral
            ),
            transaction_id: int | None = ...,
            timestamp: datetime,
            last_updated_at: datetime,
        ) -> None: ...
