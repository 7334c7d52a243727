"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import AmpecoModel
from .notification_kafka import NotificationKafka
from .notification_notification import NotificationNotification
from .notification_via import NotificationVia
from .notification_webhook import NotificationWebhook


class Notification(AmpecoModel):
    id: float
    via: NotificationVia
    notifications: list[NotificationNotification]
    webhook: NotificationWebhook | None = None
    """Webhook configuration. Only present and required in case via = webhook"""
    kafka: NotificationKafka | None = None
    """Kafka configuration. Only present and required in case via = kafka"""
