"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime

from pydantic import Field

from .._runtime.models import AmpecoModel, OpenEnum
from .evse_changed_notification_action import EvseChangedNotificationAction


class EvseChangedNotificationNotification(OpenEnum):
    EVSE_CHANGED = "evse.changed"


class EvseChangedNotification(AmpecoModel):
    notification: EvseChangedNotificationNotification
    evse_id: int = Field(validation_alias="evseId", serialization_alias="evseId")
    """The ID of the EVSE that was changed"""
    action: EvseChangedNotificationAction
    """The action that was performed:
    - `created`: A new EVSE was created
    - `updated`: An existing EVSE or its connectors were modified
    - `deleted`: An EVSE was deleted
    """
    last_updated_at: datetime = Field(
        validation_alias="lastUpdatedAt", serialization_alias="lastUpdatedAt"
    )
    """ISO 8601 formatted date"""
