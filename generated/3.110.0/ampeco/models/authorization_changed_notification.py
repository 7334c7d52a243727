"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import OpenEnum, SDKModel
from .authorization_status import AuthorizationStatus
from .transaction_changed_notification_action import (
    TransactionChangedNotificationAction,
)

if TYPE_CHECKING:
    from ..params import (
        AuthorizationChangedNotificationNotificationLiteral,
        AuthorizationStatusLiteral,
        TransactionChangedNotificationActionLiteral,
    )


class AuthorizationChangedNotificationNotification(OpenEnum):
    AUTHORIZATION_CHANGED = "authorization.changed"


class AuthorizationChangedNotification(SDKModel):
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

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            notification: (
                AuthorizationChangedNotificationNotification
                | AuthorizationChangedNotificationNotificationLiteral
            ),
            authorization_id: int,
            action: (
                TransactionChangedNotificationAction
                | TransactionChangedNotificationActionLiteral
            ),
            charge_point_id: int | None = ...,
            id_tag: str | None = ...,
            status: AuthorizationStatus | AuthorizationStatusLiteral,
            last_updated_at: datetime,
        ) -> None: ...
