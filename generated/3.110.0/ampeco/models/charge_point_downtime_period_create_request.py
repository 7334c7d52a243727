"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime

from pydantic import Field

from .._runtime.models import SDKModel


class ChargePointDowntimePeriodCreateRequest(SDKModel):
    charge_point_id: int = Field(
        validation_alias="chargePointId", serialization_alias="chargePointId"
    )
    notice_id: int = Field(validation_alias="noticeId", serialization_alias="noticeId")
    """Allowed only notice with `type = exempt`!"""
    started_at: datetime = Field(
        validation_alias="startedAt", serialization_alias="startedAt"
    )
    ended_at: datetime = Field(
        validation_alias="endedAt", serialization_alias="endedAt"
    )
