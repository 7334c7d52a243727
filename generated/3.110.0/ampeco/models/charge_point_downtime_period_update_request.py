"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime

from pydantic import Field

from .._runtime.models import SDKModel


class ChargePointDowntimePeriodUpdateRequest(SDKModel):
    notice_id: int | None = Field(
        default=None, validation_alias="noticeId", serialization_alias="noticeId"
    )
    started_at: datetime | None = Field(
        default=None, validation_alias="startedAt", serialization_alias="startedAt"
    )
    """Allowed only for downtime period with `type = exempt AND entryMode = manual`"""
    ended_at: datetime | None = Field(
        default=None, validation_alias="endedAt", serialization_alias="endedAt"
    )
    """Allowed only for downtime period with `type = exempt AND entryMode = manual`"""
