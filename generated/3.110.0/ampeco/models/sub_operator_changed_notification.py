"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import OpenEnum, SDKModel
from .charge_point_set_charging_profile_result import (
    ChargePointSetChargingProfileResult,
)
from .partner_changed_notification_action import PartnerChangedNotificationAction

if TYPE_CHECKING:
    from ..params import (
        PartnerChangedNotificationActionLiteral,
        SubOperatorChangedNotificationNotificationLiteral,
    )


class SubOperatorChangedNotificationNotification(OpenEnum):
    SUB_OPERATOR_CHANGED_NOTIFICATION = "SubOperatorChangedNotification"


class SubOperatorChangedNotification(SDKModel):
    notification: SubOperatorChangedNotificationNotification
    sub_operator: ChargePointSetChargingProfileResult = Field(
        validation_alias="subOperator", serialization_alias="subOperator"
    )
    action: PartnerChangedNotificationAction
    last_updated_at: datetime = Field(
        validation_alias="lastUpdatedAt", serialization_alias="lastUpdatedAt"
    )
    """ISO 8601 formatted date"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            notification: (
                SubOperatorChangedNotificationNotification
                | SubOperatorChangedNotificationNotificationLiteral
            ),
            sub_operator: ChargePointSetChargingProfileResult,
            action: (
                PartnerChangedNotificationAction
                | PartnerChangedNotificationActionLiteral
            ),
            last_updated_at: datetime,
        ) -> None: ...
