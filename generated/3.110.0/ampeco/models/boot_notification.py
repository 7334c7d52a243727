"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime

from pydantic import Field

from .._runtime.models import AmpecoModel, OpenEnum
from .charge_point_deprecated_last_boot_notification import (
    ChargePointDeprecatedLastBootNotification,
)


class BootNotificationNotification(OpenEnum):
    BOOT_NOTIFICATION = "BootNotification"


class BootNotification(AmpecoModel):
    notification: BootNotificationNotification | None = None
    charge_point_id: int | None = Field(
        default=None,
        validation_alias="chargePointId",
        serialization_alias="chargePointId",
    )
    timestamp: datetime | None = None
    boot_notification: ChargePointDeprecatedLastBootNotification | None = Field(
        default=None,
        validation_alias="bootNotification",
        serialization_alias="bootNotification",
    )
