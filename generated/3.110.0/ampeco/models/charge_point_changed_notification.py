"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import Any, TYPE_CHECKING

from pydantic import Field

from .._runtime.models import OpenEnum, SDKModel
from .charge_point_deprecated import ChargePointDeprecated
from .evse_changed_notification_action import EvseChangedNotificationAction

if TYPE_CHECKING:
    from ..params import (
        ChargePointChangedNotificationNotificationLiteral,
        EvseChangedNotificationActionLiteral,
    )


class ChargePointChangedNotificationNotification(OpenEnum):
    CHARGE_POINT_CHANGED_NOTIFICATION = "ChargePointChangedNotification"


class ChargePointChangedNotification(SDKModel):
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

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            notification: (
                ChargePointChangedNotificationNotification
                | ChargePointChangedNotificationNotificationLiteral
            ),
            charge_point: ChargePointDeprecated | None = ...,
            action: (
                EvseChangedNotificationAction | EvseChangedNotificationActionLiteral
            ),
            last_updated_at: datetime,
            charge_point_2: Any,
        ) -> None: ...
