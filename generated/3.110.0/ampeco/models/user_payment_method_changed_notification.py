"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime

from pydantic import Field

from .._runtime.models import AmpecoModel, OpenEnum
from .evse_changed_notification_action import EvseChangedNotificationAction


class UserPaymentMethodChangedNotificationNotification(OpenEnum):
    USER_PAYMENT_METHOD_CHANGED = "user.paymentMethod.changed"


class UserPaymentMethodChangedNotification(AmpecoModel):
    notification: UserPaymentMethodChangedNotificationNotification
    payment_method_id: str = Field(
        validation_alias="paymentMethodId", serialization_alias="paymentMethodId"
    )
    user_id: int = Field(validation_alias="userId", serialization_alias="userId")
    action: EvseChangedNotificationAction
    last_updated_at: datetime = Field(
        validation_alias="lastUpdatedAt", serialization_alias="lastUpdatedAt"
    )
    """ISO 8601 formatted date"""
