"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime

from pydantic import Field

from .._runtime.models import AmpecoModel, OpenEnum
from .user import User


class UserChangedNotificationAction(OpenEnum):
    """When the user requests their account to be removed, the action results into \"permanently deleted\"."""

    CREATED = "created"
    UPDATED = "updated"
    DELETED = "deleted"
    PERMANENTLY_DELETED = "permanently deleted"


class UserChangedNotificationNotification(OpenEnum):
    USER_CHANGED_NOTIFICATION = "UserChangedNotification"


class UserChangedNotification(AmpecoModel):
    notification: UserChangedNotificationNotification
    user: User
    action: UserChangedNotificationAction
    """When the user requests their account to be removed, the action results into \"permanently deleted\"."""
    last_updated_at: datetime = Field(
        validation_alias="lastUpdatedAt", serialization_alias="lastUpdatedAt"
    )
    """ISO 8601 formatted date"""
