"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import OpenEnum, SDKModel
from .transaction_changed_notification_action import (
    TransactionChangedNotificationAction,
)

if TYPE_CHECKING:
    from ..params import (
        TransactionChangedNotificationActionLiteral,
        TransactionChangedNotificationNotificationLiteral,
    )


class TransactionChangedNotificationNotification(OpenEnum):
    TRANSACTION_CHANGED = "transaction.changed"


class TransactionChangedNotification(SDKModel):
    notification: TransactionChangedNotificationNotification
    transaction_id: int = Field(
        validation_alias="transactionId", serialization_alias="transactionId"
    )
    action: TransactionChangedNotificationAction
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
            notification: (
                TransactionChangedNotificationNotification
                | TransactionChangedNotificationNotificationLiteral
            ),
            transaction_id: int,
            action: (
                TransactionChangedNotificationAction
                | TransactionChangedNotificationActionLiteral
            ),
            last_updated_at: datetime | None = ...,
        ) -> None: ...
