"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import AmpecoModel
from .notification_notification import NotificationNotification


class Notifications(AmpecoModel):
    webhook_id: float = Field(
        validation_alias="webhookId", serialization_alias="webhookId"
    )
    notifications: list[NotificationNotification]
    callback_url: str = Field(
        validation_alias="callbackUrl", serialization_alias="callbackUrl"
    )
