"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import AmpecoModel, OpenEnum
from .session import Session


class SessionUpdateNotificationNotification(OpenEnum):
    SESSION_UPDATE_NOTIFICATION = "SessionUpdateNotification"


class SessionUpdateNotification(AmpecoModel):
    notification: SessionUpdateNotificationNotification
    session: Session
    """Charging session"""
