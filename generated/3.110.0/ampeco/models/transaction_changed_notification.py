"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime

from pydantic import Field

from .._runtime.models import AmpecoModel, OpenEnum
from .transaction_changed_notification_action import (
    TransactionChangedNotificationAction,
)


class TransactionChangedNotificationNotification(OpenEnum):
    TRANSACTION_CHANGED = "transaction.changed"


class TransactionChangedNotification(AmpecoModel):
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
