"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import OpenEnum, SDKModel
from .evse_changed_notification_action import EvseChangedNotificationAction

if TYPE_CHECKING:
    from ..params import (
        ChargePointChangedNotificationDeprecatedNotificationLiteral,
        EvseChangedNotificationActionLiteral,
    )


class ChargePointChangedNotificationDeprecatedNotification(OpenEnum):
    CHARGE_POINT_CHANGED = "chargePoint.changed"


class ChargePointChangedNotificationDeprecated(SDKModel):
    notification: ChargePointChangedNotificationDeprecatedNotification
    charge_point_id: int = Field(
        validation_alias="chargePointId", serialization_alias="chargePointId"
    )
    """The ID of the charge point that was changed"""
    action: EvseChangedNotificationAction
    """The action that was performed:
    - `created`: A new charge point was created
    - `updated`: An existing charge point's master data was modified
    - `deleted`: A charge point was deleted
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
                ChargePointChangedNotificationDeprecatedNotification
                | ChargePointChangedNotificationDeprecatedNotificationLiteral
            ),
            charge_point_id: int,
            action: (
                EvseChangedNotificationAction | EvseChangedNotificationActionLiteral
            ),
            last_updated_at: datetime,
        ) -> None: ...
