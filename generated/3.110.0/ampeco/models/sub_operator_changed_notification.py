"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime

from pydantic import Field

from .._runtime.models import AmpecoModel, OpenEnum
from .charge_point_set_charging_profile_result import (
    ChargePointSetChargingProfileResult,
)
from .partner_changed_notification_action import PartnerChangedNotificationAction


class SubOperatorChangedNotificationNotification(OpenEnum):
    SUB_OPERATOR_CHANGED_NOTIFICATION = "SubOperatorChangedNotification"


class SubOperatorChangedNotification(AmpecoModel):
    notification: SubOperatorChangedNotificationNotification
    sub_operator: ChargePointSetChargingProfileResult = Field(
        validation_alias="subOperator", serialization_alias="subOperator"
    )
    action: PartnerChangedNotificationAction
    last_updated_at: datetime = Field(
        validation_alias="lastUpdatedAt", serialization_alias="lastUpdatedAt"
    )
    """ISO 8601 formatted date"""
