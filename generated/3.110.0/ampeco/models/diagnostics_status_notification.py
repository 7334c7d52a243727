"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime

from pydantic import Field

from .._runtime.models import AmpecoModel, OpenEnum


class DiagnosticsStatusNotificationNotification(OpenEnum):
    DIAGNOSTICS_STATUS_NOTIFICATION = "DiagnosticsStatusNotification"


class DiagnosticsStatusNotificationStatus(OpenEnum):
    IDLE = "idle"
    UPLOADED = "uploaded"
    UPLOADFAILED = "uploadfailed"
    UPLOADING = "uploading"


class DiagnosticsStatusNotification(AmpecoModel):
    notification: DiagnosticsStatusNotificationNotification
    charge_point_id: int = Field(
        validation_alias="chargePointId", serialization_alias="chargePointId"
    )
    request_id: int = Field(
        validation_alias="requestId", serialization_alias="requestId"
    )
    status: DiagnosticsStatusNotificationStatus
    last_updated_at: datetime = Field(
        validation_alias="lastUpdatedAt", serialization_alias="lastUpdatedAt"
    )
    """ISO 8601 formatted date"""
