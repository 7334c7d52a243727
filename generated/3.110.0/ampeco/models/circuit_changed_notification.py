"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import OpenEnum, SDKModel
from .evse_changed_notification_action import EvseChangedNotificationAction

if TYPE_CHECKING:
    from ..params import (
        CircuitChangedNotificationNotificationLiteral,
        EvseChangedNotificationActionLiteral,
    )


class CircuitChangedNotificationNotification(OpenEnum):
    CIRCUIT_CHANGED = "circuit.changed"


class CircuitChangedNotification(SDKModel):
    notification: CircuitChangedNotificationNotification
    circuit_id: int = Field(
        validation_alias="circuitId", serialization_alias="circuitId"
    )
    action: EvseChangedNotificationAction
    last_updated_at: datetime = Field(
        validation_alias="lastUpdatedAt", serialization_alias="lastUpdatedAt"
    )
    """ISO 8601 formatted date"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            notification: (
                CircuitChangedNotificationNotification
                | CircuitChangedNotificationNotificationLiteral
            ),
            circuit_id: int,
            action: (
                EvseChangedNotificationAction | EvseChangedNotificationActionLiteral
            ),
            last_updated_at: datetime,
        ) -> None: ...
