"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import OpenEnum, SDKModel
from .charge_point_deprecated_last_boot_notification import (
    ChargePointDeprecatedLastBootNotification,
)

if TYPE_CHECKING:
    from ..params import BootNotificationNotificationLiteral


class BootNotificationNotification(OpenEnum):
    BOOT_NOTIFICATION = "BootNotification"


class BootNotification(SDKModel):
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

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            notification: (
                BootNotificationNotification
                | BootNotificationNotificationLiteral
                | None
            ) = ...,
            charge_point_id: int | None = ...,
            timestamp: datetime | None = ...,
            boot_notification: ChargePointDeprecatedLastBootNotification | None = ...,
        ) -> None: ...
