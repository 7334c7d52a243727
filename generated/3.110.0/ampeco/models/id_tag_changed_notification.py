"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import OpenEnum, SDKModel
from .evse_changed_notification_action import EvseChangedNotificationAction

if TYPE_CHECKING:
    from ..params import (
        EvseChangedNotificationActionLiteral,
        IdTagChangedNotificationNotificationLiteral,
    )


class IdTagChangedNotificationNotification(OpenEnum):
    ID_TAG_CHANGED = "idTag.changed"


class IdTagChangedNotification(SDKModel):
    notification: IdTagChangedNotificationNotification
    id_tags_id: int = Field(validation_alias="idTagsId", serialization_alias="idTagsId")
    action: EvseChangedNotificationAction
    last_updated_at: datetime | None = Field(
        default=None,
        validation_alias="lastUpdatedAt",
        serialization_alias="lastUpdatedAt",
    )
    """ISO 8601 formatted date"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            notification: (
                IdTagChangedNotificationNotification
                | IdTagChangedNotificationNotificationLiteral
            ),
            id_tags_id: int,
            action: (
                EvseChangedNotificationAction | EvseChangedNotificationActionLiteral
            ),
            last_updated_at: datetime | None = ...,
        ) -> None: ...
