"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from typing import TYPE_CHECKING

from .._runtime.models import OpenEnum, SDKModel
from .session import Session

if TYPE_CHECKING:
    from ..params import SessionUpdateNotificationNotificationLiteral


class SessionUpdateNotificationNotification(OpenEnum):
    SESSION_UPDATE_NOTIFICATION = "SessionUpdateNotification"


class SessionUpdateNotification(SDKModel):
    notification: SessionUpdateNotificationNotification
    session: Session
    """Charging session"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            notification: (
                SessionUpdateNotificationNotification
                | SessionUpdateNotificationNotificationLiteral
            ),
            session: Session,
        ) -> None: ...
