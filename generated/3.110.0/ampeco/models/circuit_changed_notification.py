"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime

from pydantic import Field

from .._runtime.models import AmpecoModel, OpenEnum
from .evse_changed_notification_action import EvseChangedNotificationAction


class CircuitChangedNotificationNotification(OpenEnum):
    CIRCUIT_CHANGED = "circuit.changed"


class CircuitChangedNotification(AmpecoModel):
    notification: CircuitChangedNotificationNotification
    circuit_id: int = Field(
        validation_alias="circuitId", serialization_alias="circuitId"
    )
    action: EvseChangedNotificationAction
    last_updated_at: datetime = Field(
        validation_alias="lastUpdatedAt", serialization_alias="lastUpdatedAt"
    )
    """ISO 8601 formatted date"""
