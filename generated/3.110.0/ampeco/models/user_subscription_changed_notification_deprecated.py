"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime

from pydantic import Field

from .._runtime.models import AmpecoModel, OpenEnum


class UserSubscriptionChangedNotificationDeprecatedNotification(OpenEnum):
    USER_SUBSCRIPTION_CHANGED = "user.subscriptionChanged"


class UserSubscriptionChangedNotificationDeprecatedStatus(OpenEnum):
    ACTIVE = "active"
    CANCELLED = "cancelled"
    EXPIRED = "expired"


class UserSubscriptionChangedNotificationDeprecated(AmpecoModel):
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
