"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime

from pydantic import Field

from .._runtime.models import AmpecoModel
from .notification_notification import NotificationNotification


class NotificationsResendFailedRequest(AmpecoModel):
    notifications: list[NotificationNotification]
    start_time: datetime | None = Field(
        default=None, validation_alias="startTime", serialization_alias="startTime"
    )
    """Resend all failed notifications from this date onwards."""
    end_time: datetime | None = Field(
        default=None, validation_alias="endTime", serialization_alias="endTime"
    )
    """Resend all failed notifications up to this date."""
