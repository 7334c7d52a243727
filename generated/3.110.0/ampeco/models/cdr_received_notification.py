"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime

from pydantic import Field

from .._runtime.models import AmpecoModel, OpenEnum


class CdrReceivedNotificationNotification(OpenEnum):
    CDR_RECEIVED = "cdr.received"


class CdrReceivedNotification(AmpecoModel):
    notification: CdrReceivedNotificationNotification
    id: str
    """Uniquely identifies the CDR within the CPO’s platform (and sub operator platforms). Can use this to get the CDR resource by calling the CDR listing endpoint and filtering by roamingId."""
    created_at: datetime = Field(
        validation_alias="createdAt", serialization_alias="createdAt"
    )
    """ISO 8601 formatted date"""
