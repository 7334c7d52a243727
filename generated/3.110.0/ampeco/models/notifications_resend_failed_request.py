"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .notification_notification import NotificationNotification

if TYPE_CHECKING:
    from ..params import NotificationNotificationLiteral


class NotificationsResendFailedRequest(SDKModel):
    notifications: list[NotificationNotification]
    start_time: datetime | None = Field(
        default=None, validation_alias="startTime", serialization_alias="startTime"
    )
    """Resend all failed notifications from this date onwards."""
    end_time: datetime | None = Field(
        default=None, validation_alias="endTime", serialization_alias="endTime"
    )
    """Resend all failed notifications up to this date."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            notifications: list[
                NotificationNotification | NotificationNotificationLiteral
            ],
            start_time: datetime | None = ...,
            end_time: datetime | None = ...,
        ) -> None: ...
