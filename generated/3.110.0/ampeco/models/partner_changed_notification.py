"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime.models import OpenEnum, SDKModel
from .partner_changed_notification_action import PartnerChangedNotificationAction

if TYPE_CHECKING:
    from ..params import (
        PartnerChangedNotificationActionLiteral,
        PartnerChangedNotificationNotificationLiteral,
    )


class PartnerChangedNotificationNotification(OpenEnum):
    PARTNER_CHANGED_NOTIFICATION = "PartnerChangedNotification"


class PartnerChangedNotificationUser(SDKModel):
    id: str | None = None


class PartnerChangedNotification(SDKModel):
    notification: PartnerChangedNotificationNotification
    user: PartnerChangedNotificationUser
    action: PartnerChangedNotificationAction

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            notification: (
                PartnerChangedNotificationNotification
                | PartnerChangedNotificationNotificationLiteral
            ),
            user: PartnerChangedNotificationUser,
            action: (
                PartnerChangedNotificationAction
                | PartnerChangedNotificationActionLiteral
            ),
        ) -> None: ...


PartnerChangedNotification.model_rebuild()
PartnerChangedNotificationUser.model_rebuild()
