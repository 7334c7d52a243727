"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import OpenEnum, SDKModel

if TYPE_CHECKING:
    from ..params import (
        UserSubscriptionChangedNotificationNotificationLiteral,
        UserSubscriptionChangedNotificationStatusLiteral,
    )


class UserSubscriptionChangedNotificationNotification(OpenEnum):
    USER_SUBSCRIPTION_CHANGED = "user.subscription.changed"


class UserSubscriptionChangedNotificationStatus(OpenEnum):
    ACTIVE = "active"
    CANCELED = "canceled"
    EXPIRED = "expired"
    PENDING = "pending"
    SUSPENDED = "suspended"


class UserSubscriptionChangedNotification(SDKModel):
    notification: UserSubscriptionChangedNotificationNotification
    user_id: int = Field(validation_alias="userId", serialization_alias="userId")
    plan_id: int = Field(validation_alias="planId", serialization_alias="planId")
    status: UserSubscriptionChangedNotificationStatus
    ends_at: datetime = Field(validation_alias="endsAt", serialization_alias="endsAt")
    last_updated_at: datetime = Field(
        validation_alias="lastUpdatedAt", serialization_alias="lastUpdatedAt"
    )
    """ISO 8601 formatted date"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            notification: (
                UserSubscriptionChangedNotificationNotification
                | UserSubscriptionChangedNotificationNotificationLiteral
            ),
            user_id: int,
            plan_id: int,
            status: (
                UserSubscriptionChangedNotificationStatus
                | UserSubscriptionChangedNotificationStatusLiteral
            ),
            ends_at: datetime,
            last_updated_at: datetime,
        ) -> None: ...
