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
        SessionStartStopNotificationNotificationLiteral,
    )


class SessionStartStopNotificationNotification(OpenEnum):
    SESSION_START_STOP_NOTIFICATION = "session.start.stop.notification"


class SessionStartStopNotification(SDKModel):
    notification: SessionStartStopNotificationNotification
    session_id: int = Field(
        validation_alias="sessionId", serialization_alias="sessionId"
    )
    user_id: int | None = Field(
        default=None, validation_alias="userId", serialization_alias="userId"
    )
    """The ID of the user associated with the session. Omitted for anonymous sessions."""
    charge_point_id: int = Field(
        validation_alias="chargePointId", serialization_alias="chargePointId"
    )
    evse_id: int = Field(validation_alias="evseId", serialization_alias="evseId")
    action: SessionStartStopNotificationAction
    id_tag: str | None = Field(
        default=None, validation_alias="idTag", serialization_alias="idTag"
    )
    external_session_id: str | None = Field(
        default=None,
        validation_alias="externalSessionId",
        serialization_alias="externalSessionId",
    )
    started_at_timestamp: datetime = Field(
        validation_alias="startedAtTimestamp", serialization_alias="startedAtTimestamp"
    )
    meter_start: int = Field(
        validation_alias="meterStart", serialization_alias="meterStart"
    )
    """Meter value in Wh when the session is started."""
    meter_stop: int = Field(
        validation_alias="meterStop", serialization_alias="meterStop"
    )
    """Meter value in Wh when the session is stopped."""
    started_at_timestamp_local: datetime | None = Field(
        default=None,
        validation_alias="startedAtTimestampLocal",
        serialization_alias="startedAtTimestampLocal",
    )
    """Local timestamp when the session started (when multi-timezone is enabled)."""
    stopped_at_timestamp: datetime | None = Field(
        default=None,
        validation_alias="stoppedAtTimestamp",
        serialization_alias="stoppedAtTimestamp",
    )
    stopped_at_timestamp_local: datetime | None = Field(
        default=None,
        validation_alias="stoppedAtTimestampLocal",
        serialization_alias="stoppedAtTimestampLocal",
    )
    """Local timestamp when the session stopped (when multi-timezone is enabled)."""
    energy_consumed: float | None = Field(
        default=None,
        validation_alias="energyConsumed",
        serialization_alias="energyConsumed",
    )
    """Total energy consumed during the session in Wh"""
    reason: SessionReason | None = None
    """The reason why the session expired or has been stopped."""
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
                SessionStartStopNotificationNotification
                | SessionStartStopNotificationNotificationLiteral
            ),
            session_id: int,
            user_id: int | None = ...,
            charge_point_id: int,
            evse_id: int,
            action: (
                SessionStartStopNotificationAction
                | SessionStartStopNotificationActionLiteral
            ),
            id_tag: str | None = ...,
            external_session_id: str | None = ...,
            started_at_timestamp: datetime,
            meter_start: int,
            meter_stop: int,
            started_at_timestamp_local: datetime | None = ...,
            stopped_at_timestamp: datetime | None = ...,
            stopped_at_timestamp_local: datetime | None = ...,
            energy_consumed: float | None = ...,
            reason: SessionReason | SessionReasonLiteral | None = ...,
            last_updated_at: datetime,
            external_app_data: dict[str, Any] | None = ...,
        ) -> None: ...
