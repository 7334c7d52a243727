"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import OpenEnum, SDKModel
from .evse_changed_notification_action import EvseChangedNotificationAction
from .tariff import Tariff

if TYPE_CHECKING:
    from ..params import (
        EvseChangedNotificationActionLiteral,
        TariffChangedNotificationNotificationLiteral,
    )


class TariffChangedNotificationNotification(OpenEnum):
    TARIFF_CHANGED_NOTIFICATION = "TariffChangedNotification"


class TariffChangedNotification(SDKModel):
    notification: TariffChangedNotificationNotification
    tariff: Tariff
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
                TariffChangedNotificationNotification
                | TariffChangedNotificationNotificationLiteral
            ),
            tariff: Tariff,
            action: (
                EvseChangedNotificationAction | EvseChangedNotificationActionLiteral
            ),
            last_updated_at: datetime,
        ) -> None: ...
