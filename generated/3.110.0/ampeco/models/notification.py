"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from typing import TYPE_CHECKING

from .._runtime.models import SDKModel
from .notification_kafka import NotificationKafka
from .notification_notification import NotificationNotification
from .notification_via import NotificationVia
from .notification_webhook import NotificationWebhook

if TYPE_CHECKING:
    from ..params import NotificationNotificationLiteral, NotificationViaLiteral


class Notification_(SDKModel):
    id: float
    via: NotificationVia
    notifications: list[NotificationNotification]
    webhook: NotificationWebhook | None = None
    """Webhook configuration. Only present and required in case via = webhook"""
    kafka: NotificationKafka | None = None
    """Kafka configuration. Only present and required in case via = kafka"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: float,
            via: NotificationVia | NotificationViaLiteral,
            notifications: list[
                NotificationNotification | NotificationNotificationLiteral
            ],
            webhook: NotificationWebhook | None = ...,
            kafka: NotificationKafka | None = ...,
        ) -> None: ...
