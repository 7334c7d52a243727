"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime

from pydantic import Field

from .._runtime.models import AmpecoModel, OpenEnum
from .authorization_status import AuthorizationStatus
from .transaction_changed_notification_action import (
    TransactionChangedNotificationAction,
)


class AuthorizationChangedNotificationNotification(OpenEnum):
    AUTHORIZATION_CHANGED = "authorization.changed"


class AuthorizationChangedNotification(AmpecoModel):
    notification: AuthorizationChangedNotificationNotification
    authorization_id: int = Field(
        validation_alias="authorizationId", serialization_alias="authorizationId"
    )
    action: TransactionChangedNotificationAction
    charge_point_id: int | None = Field(
        default=None,
        validation_alias="chargePointId",
        serialization_alias="chargePointId",
    )
    id_tag: str | None = Field(
        default=None, validation_alias="idTag", serialization_alias="idTag"
    )
    status: AuthorizationStatus
    last_updated_at: datetime = Field(
        validation_alias="lastUpdatedAt", serialization_alias="lastUpdatedAt"
    )
    """ISO 8601 formatted date"""
