"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .notification_notification import NotificationNotification

if TYPE_CHECKING:
    from ..params import NotificationNotificationLiteral


class NotificationsSubscribeDeprecatedRequest(SDKModel):
    notifications: list[NotificationNotification]
    callback_url: str = Field(
        validation_alias="callbackUrl", serialization_alias="callbackUrl"
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            notifications: list[
                NotificationNotification | NotificationNotificationLiteral
            ],
            callback_url: str,
        ) -> None: ...
