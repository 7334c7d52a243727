"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import OpenEnum, SDKModel

if TYPE_CHECKING:
    from ..params import CdrReceivedNotificationNotificationLiteral


class CdrReceivedNotificationNotification(OpenEnum):
    CDR_RECEIVED = "cdr.received"


class CdrReceivedNotification(SDKModel):
    notification: CdrReceivedNotificationNotification
    id: str
    """Uniquely identifies the CDR within the CPO’s platform (and sub operator platforms). Can use this to get the CDR resource by calling the CDR listing endpoint and filtering by roamingId."""
    created_at: datetime = Field(
        validation_alias="createdAt", serialization_alias="createdAt"
    )
    """ISO 8601 formatted date"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            notification: (
                CdrReceivedNotificationNotification
                | CdrReceivedNotificationNotificationLiteral
            ),
            id: str,
            created_at: datetime,
        ) -> None: ...
