"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import OpenEnum, SDKModel

if TYPE_CHECKING:
    from ..params import (
        UserSubscriptionChangedNotificationDeprecatedNotificationLiteral,
        UserSubscriptionChangedNotificationDeprecatedStatusLiteral,
    )


class UserSubscriptionChangedNotificationDeprecatedNotification(OpenEnum):
    USER_SUBSCRIPTION_CHANGED = "user.subscriptionChanged"


class UserSubscriptionChangedNotificationDeprecatedStatus(OpenEnum):
    ACTIVE = "active"
    CANCELLED = "cancelled"
    EXPIRED = "expired"


class UserSubscriptionChangedNotificationDeprecated(SDKModel):
    notification: UserSubscriptionChangedNotificationDeprecatedNotification
    user_id: int = Field(validation_alias="userId", serialization_alias="userId")
    plan_id: int = Field(validation_alias="planId", serialization_alias="planId")
    status: UserSubscriptionChangedNotificationDeprecatedStatus
    end_date: datetime = Field(
        validation_alias="endDate", serialization_alias="endDate"
    )
    last_updated_at: datetime = Field(
        validation_alias="lastUpdatedAt", serialization_alias="lastUpdatedAt"
    )
    """ISO 8601 formatted date"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            notification: (
                UserSubscriptionChangedNotificationDeprecatedNotification
                | UserSubscriptionChangedNotificationDeprecatedNotificationLiteral
            ),
            user_id: int,
            plan_id: int,
            status: (
                UserSubscriptionChangedNotificationDeprecatedStatus
                | UserSubscriptionChangedNotificationDeprecatedStatusLiteral
            ),
            end_date: datetime,
            last_updated_at: datetime,
        ) -> None: ...
