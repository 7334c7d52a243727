"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import OpenEnum, SDKModel

if TYPE_CHECKING:
    from ..params import (
        DiagnosticsStatusNotificationNotificationLiteral,
        DiagnosticsStatusNotificationStatusLiteral,
    )


class DiagnosticsStatusNotificationNotification(OpenEnum):
    DIAGNOSTICS_STATUS_NOTIFICATION = "DiagnosticsStatusNotification"


class DiagnosticsStatusNotificationStatus(OpenEnum):
    IDLE = "idle"
    UPLOADED = "uploaded"
    UPLOADFAILED = "uploadfailed"
    UPLOADING = "uploading"


class DiagnosticsStatusNotification(SDKModel):
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

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            notification: (
                DiagnosticsStatusNotificationNotification
                | DiagnosticsStatusNotificationNotificationLiteral
            ),
            charge_point_id: int,
            request_id: int,
            status: (
                DiagnosticsStatusNotificationStatus
                | DiagnosticsStatusNotificationStatusLiteral
            ),
            last_updated_at: datetime,
        ) -> None: ...
