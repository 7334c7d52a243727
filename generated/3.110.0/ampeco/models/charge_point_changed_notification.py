"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import Any

from pydantic import Field

from .._runtime.models import AmpecoModel, OpenEnum
from .charge_point_deprecated import ChargePointDeprecated
from .evse_changed_notification_action import EvseChangedNotificationAction


class ChargePointChangedNotificationNotification(OpenEnum):
    CHARGE_POINT_CHANGED_NOTIFICATION = "ChargePointChangedNotification"


class ChargePointChangedNotification(AmpecoModel):
    notification: ChargePointChangedNotificationNotification
    charge_point: ChargePointDeprecated | None = Field(
        default=None, validation_alias="chargePoint", serialization_alias="chargePoint"
    )
    action: EvseChangedNotificationAction
    last_updated_at: datetime = Field(
        validation_alias="lastUpdatedAt", serialization_alias="lastUpdatedAt"
    )
    """ISO 8601 formatted date"""
    charge_point_2: Any = Field(
        validation_alias="charge-point", serialization_alias="charge-point"
    )
