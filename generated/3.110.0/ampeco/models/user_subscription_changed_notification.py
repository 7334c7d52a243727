"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime

from pydantic import Field

from .._runtime.models import AmpecoModel, OpenEnum


class UserSubscriptionChangedNotificationNotification(OpenEnum):
    USER_SUBSCRIPTION_CHANGED = "user.subscription.changed"


class UserSubscriptionChangedNotificationStatus(OpenEnum):
    ACTIVE = "active"
    CANCELED = "canceled"
    EXPIRED = "expired"
    PENDING = "pending"
    SUSPENDED = "suspended"


class UserSubscriptionChangedNotification(AmpecoModel):
    notification: UserSubscriptionChangedNotificationNotification
    user_id: int = Field(validation_alias="userId", serialization_alias="userId")
    plan_id: int = Field(validation_alias="planId", serialization_alias="planId")
    status: UserSubscriptionChangedNotificationStatus
    ends_at: datetime = Field(validation_alias="endsAt", serialization_alias="endsAt")
    last_updated_at: datetime = Field(
        validation_alias="lastUpdatedAt", serialization_alias="lastUpdatedAt"
    )
    """ISO 8601 formatted date"""
