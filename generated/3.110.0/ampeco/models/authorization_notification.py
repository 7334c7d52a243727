"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime

from pydantic import Field

from .._runtime.models import AmpecoModel, OpenEnum


class AuthorizationNotificationNotification(OpenEnum):
    AUTHORIZATION_NOTIFICATION = "AuthorizationNotification"


class AuthorizationNotificationStatus(OpenEnum):
    ACCEPTED = "Accepted"
    BLOCKED = "Blocked"
    EXPIRED = "Expired"
    INVALID = "Invalid"
    CONCURRENT_TX = "ConcurrentTx"


class AuthorizationNotification(AmpecoModel):
    notification: AuthorizationNotificationNotification
    charge_point_id: int = Field(
        validation_alias="chargePointId", serialization_alias="chargePointId"
    )
    authorization_id: int = Field(
        validation_alias="authorizationId", serialization_alias="authorizationId"
    )
    id_tag: str = Field(validation_alias="idTag", serialization_alias="idTag")
    status: AuthorizationNotificationStatus
    last_updated_at: datetime = Field(
        validation_alias="lastUpdatedAt", serialization_alias="lastUpdatedAt"
    )
    """ISO 8601 formatted date"""
