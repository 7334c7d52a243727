"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import OpenEnum, SDKModel
from .evse_changed_notification_action import EvseChangedNotificationAction

if TYPE_CHECKING:
    from ..params import (
        EvseChangedNotificationActionLiteral,
        UserPaymentMethodChangedNotificationNotificationLiteral,
    )


class UserPaymentMethodChangedNotificationNotification(OpenEnum):
    USER_PAYMENT_METHOD_CHANGED = "user.paymentMethod.changed"


class UserPaymentMethodChangedNotification(SDKModel):
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

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            notification: (
                UserPaymentMethodChangedNotificationNotification
                | UserPaymentMethodChangedNotificationNotificationLiteral
            ),
            payment_method_id: str,
            user_id: int,
            action: (
                EvseChangedNotificationAction | EvseChangedNotificationActionLiteral
            ),
            last_updated_at: datetime,
        ) -> None: ...
