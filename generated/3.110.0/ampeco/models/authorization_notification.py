"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import OpenEnum, SDKModel

if TYPE_CHECKING:
    from ..params import (
        AuthorizationNotificationNotificationLiteral,
        AuthorizationNotificationStatusLiteral,
    )


class AuthorizationNotificationNotification(OpenEnum):
    AUTHORIZATION_NOTIFICATION = "AuthorizationNotification"


class AuthorizationNotificationStatus(OpenEnum):
    ACCEPTED = "Accepted"
    BLOCKED = "Blocked"
    EXPIRED = "Expired"
    INVALID = "Invalid"
    CONCURRENT_TX = "ConcurrentTx"


class AuthorizationNotification(SDKModel):
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

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            notification: (
                AuthorizationNotificationNotification
                | AuthorizationNotificationNotificationLiteral
            ),
            charge_point_id: int,
            authorization_id: int,
            id_tag: str,
            status: (
                AuthorizationNotificationStatus | AuthorizationNotificationStatusLiteral
            ),
            last_updated_at: datetime,
        ) -> None: ...
