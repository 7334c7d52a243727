"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import OpenEnum, SDKModel
from .user import User

if TYPE_CHECKING:
    from ..params import (
        UserChangedNotificationActionLiteral,
        UserChangedNotificationNotificationLiteral,
    )


class UserChangedNotificationAction(OpenEnum):
    """When the user requests their account to be removed, the action results into \"permanently deleted\"."""

    CREATED = "created"
    UPDATED = "updated"
    DELETED = "deleted"
    PERMANENTLY_DELETED = "permanently deleted"


class UserChangedNotificationNotification(OpenEnum):
    USER_CHANGED_NOTIFICATION = "UserChangedNotification"


class UserChangedNotification(SDKModel):
    notification: UserChangedNotificationNotification
    user: User
    action: UserChangedNotificationAction
    """When the user requests their account to be removed, the action results into \"permanently deleted\"."""
    last_updated_at: datetime = Field(
        validation_alias="lastUpdatedAt", serialization_alias="lastUpdatedAt"
    )
    """ISO 8601 formatted date"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            notification: (
                UserChangedNotificationNotification
                | UserChangedNotificationNotificationLiteral
            ),
            user: User,
            action: (
                UserChangedNotificationAction | UserChangedNotificationActionLiteral
            ),
            last_updated_at: datetime,
        ) -> None: ...
