"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime

from pydantic import Field

from .._runtime.models import AmpecoModel, OpenEnum
from .transaction_changed_notification_action import (
    TransactionChangedNotificationAction,
)


class UserInvoiceDetailsChangedNotificationNotification(OpenEnum):
    USER_INVOICE_DETAILS_CHANGED = "user.invoiceDetails.changed"


class UserInvoiceDetailsChangedNotification(AmpecoModel):
    notification: UserInvoiceDetailsChangedNotificationNotification
    user_id: int = Field(validation_alias="userId", serialization_alias="userId")
    action: TransactionChangedNotificationAction
    last_updated_at: datetime = Field(
        validation_alias="lastUpdatedAt", serialization_alias="lastUpdatedAt"
    )
    """ISO 8601 formatted date"""
