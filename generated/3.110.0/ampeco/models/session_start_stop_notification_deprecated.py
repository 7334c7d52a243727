"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import Any, TYPE_CHECKING

from pydantic import Field

from .._runtime.models import OpenEnum, SDKModel
from .session_reason import SessionReason
from .session_start_stop_notification_action import SessionStartStopNotificationAction

if TYPE_CHECKING:
    from ..params import (
        SessionReasonLiteral,
        SessionStartStopNotificationActionLiteral,
        SessionStartStopNotificationDeprecatedNotificationLiteral,
    )


class SessionStartStopNotificationDeprecatedNotification(OpenEnum):
    SESSION_START_STOP_NOTIFICATION = "SessionStartStopNotification"


class SessionStartStopNotificationDeprecated(SDKModel):
    notification: SessionStartStopNotificationDeprecatedNotification
    charge_point_id: int = Field(
        validation_alias="chargePointId", serialization_alias="chargePointId"
    )
    evse_id: int = Field(validation_alias="evseId", serialization_alias="evseId")
    action: SessionStartStopNotificationAction | None = None
    session_id: int = Field(
        validation_alias="sessionId", serialization_alias="sessionId"
    )
    id_tag: str | None = Field(
        default=None, validation_alias="idTag", serialization_alias="idTag"
    )
    started_at_timestamp: datetime = Field(
        validation_alias="startedAtTimestamp", serialization_alias="startedAtTimestamp"
    )
    stopped_at_timestamp: datetime | None = Field(
        default=None,
        validation_alias="stoppedAtTimestamp",
        serialization_alias="stoppedAtTimestamp",
    )
    energy_consumed: float | None = Field(
        default=None,
        validation_alias="energyConsumed",
        serialization_alias="energyConsumed",
    )
    """Total energy consumend during the session in Wh"""
    reason: SessionReason | None = None
    """The reason why the session expired or has been stopped."""
    user_id: int | None = Field(
        default=None, validation_alias="userId", serialization_alias="userId"
    )
    """In case of start action it will contain the user id if there is one. It will be null for anonumous sessions. In case of stop transaction it will always be null."""
    external_session_id: str | None = Field(
        default=None,
        validation_alias="externalSessionId",
        serialization_alias="externalSessionId",
    )
    meter_start: int = Field(
        validation_alias="meterStart", serialization_alias="meterStart"
    )
    """Meter value in Wh when the session is started."""
    meter_stop: int = Field(
        validation_alias="meterStop", serialization_alias="meterStop"
    )
    """Meter value in Wh when the session is stopped."""
    last_updated_at: datetime = Field(
        validation_alias="lastUpdatedAt", serialization_alias="lastUpdatedAt"
    )
    """ISO 8601 formatted date"""
    external_app_data: dict[str, Any] | None = Field(
        default=None,
        validation_alias="externalAppData",
        serialization_alias="externalAppData",
    )
    """Used to hold any external application data related to the session."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            notification: (
                SessionStartStopNotificationDeprecatedNotification
                | SessionStartStopNotificationDeprecatedNotificationLiteral
            ),
            charge_point_id: int,
            evse_id: int,
            action: (
                SessionStartStopNotificationAction
                | SessionStartStopNotificationActionLiteral
                | None
            ) = ...,
            session_id: int,
            id_tag: str | None = ...,
            started_at_timestamp: datetime,
            stopped_at_timestamp: datetime | None = ...,
            energy_consumed: float | None = ...,
            reason: SessionReason | SessionReasonLiteral | None = ...,
            user_id: int | None = ...,
            external_session_id: str | None = ...,
            meter_start: int,
            meter_stop: int,
            last_updated_at: datetime,
            external_app_data: dict[str, Any] | None = ...,
        ) -> None: ...
