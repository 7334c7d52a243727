"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import OpenEnum, SDKModel
from .evse_changed_notification_action import EvseChangedNotificationAction

if TYPE_CHECKING:
    from ..params import (
        EvseChangedNotificationActionLiteral,
        EvseChangedNotificationNotificationLiteral,
    )


class EvseChangedNotificationNotification(OpenEnum):
    EVSE_CHANGED = "evse.changed"


class EvseChangedNotification(SDKModel):
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

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            notification: (
                EvseChangedNotificationNotification
                | EvseChangedNotificationNotificationLiteral
            ),
            evse_id: int,
            action: (
                EvseChangedNotificationAction | EvseChangedNotificationActionLiteral
            ),
            last_updated_at: datetime,
        ) -> None: ...
