"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime

from pydantic import Field

from .._runtime.models import AmpecoModel, OpenEnum
from .evse_changed_notification_action import EvseChangedNotificationAction
from .tariff import Tariff


class TariffChangedNotificationNotification(OpenEnum):
    TARIFF_CHANGED_NOTIFICATION = "TariffChangedNotification"


class TariffChangedNotification(AmpecoModel):
    notification: TariffChangedNotificationNotification
    tariff: Tariff
    action: EvseChangedNotificationAction
    last_updated_at: datetime = Field(
        validation_alias="lastUpdatedAt", serialization_alias="lastUpdatedAt"
    )
    """ISO 8601 formatted date"""
