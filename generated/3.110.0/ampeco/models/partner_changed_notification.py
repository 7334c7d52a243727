"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from __future__ import annotations

from .._runtime.models import AmpecoModel, OpenEnum
from .partner_changed_notification_action import PartnerChangedNotificationAction


class PartnerChangedNotificationNotification(OpenEnum):
    PARTNER_CHANGED_NOTIFICATION = "PartnerChangedNotification"


class PartnerChangedNotificationUser(AmpecoModel):
    id: str | None = None


class PartnerChangedNotification(AmpecoModel):
    notification: PartnerChangedNotificationNotification
    user: PartnerChangedNotificationUser
    action: PartnerChangedNotificationAction


PartnerChangedNotification.model_rebuild()
PartnerChangedNotificationUser.model_rebuild()
