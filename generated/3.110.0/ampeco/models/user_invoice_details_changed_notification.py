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
        UserInvoiceDetailsChangedNotificationNotificationLiteral,
    )


class UserInvoiceDetailsChangedNotificationNotification(OpenEnum):
    USER_INVOICE_DETAILS_CHANGED = "user.invoiceDetails.changed"


class UserInvoiceDetailsChangedNotification(SDKModel):
    notification: UserInvoiceDetailsChangedNotificationNotification
    user_id: int = Field(validation_alias="userId", serialization_alias="userId")
    action: TransactionChangedNotificationAction
    last_updated_at: datetime = Field(
        validation_alias="lastUpdatedAt", serialization_alias="lastUpdatedAt"
    )
    """ISO 8601 formatted date"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            notification: (
                UserInvoiceDetailsChangedNotificationNotification
                | UserInvoiceDetailsChangedNotificationNotificationLiteral
            ),
            user_id: int,
            action: (
                TransactionChangedNotificationAction
                | TransactionChangedNotificationActionLiteral
            ),
            last_updated_at: datetime,
        ) -> None: ...
