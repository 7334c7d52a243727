"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime

from pydantic import Field

from .._runtime.models import AmpecoModel, OpenEnum
from .evse_changed_notification_action import EvseChangedNotificationAction


class RoamingPlatformChangedNotificationNotification(OpenEnum):
    ROAMING_PLATFORM_CHANGED = "roamingPlatform.changed"


class RoamingPlatformChangedNotification(AmpecoModel):
    notification: RoamingPlatformChangedNotificationNotification
    roaming_platform_id: int = Field(
        validation_alias="roamingPlatformId", serialization_alias="roamingPlatformId"
    )
    action: EvseChangedNotificationAction
    last_updated_at: datetime = Field(
        validation_alias="lastUpdatedAt", serialization_alias="lastUpdatedAt"
    )
    """ISO 8601 formatted date"""
