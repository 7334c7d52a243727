"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime

from pydantic import Field

from .._runtime.models import AmpecoModel, OpenEnum
from .charge_point_charging_profile import ChargePointChargingProfile


class ChargingProfileAppliedNotificationNotification(OpenEnum):
    CHARGING_PROFILE_APPLIED = "chargingProfile.applied"


class ChargingProfileAppliedNotification(AmpecoModel):
    notification: ChargingProfileAppliedNotificationNotification
    charge_point_id: int = Field(
        validation_alias="chargePointId", serialization_alias="chargePointId"
    )
    evse_id: int | None = Field(validation_alias="evseId", serialization_alias="evseId")
    session_id: int | None = Field(
        validation_alias="sessionId", serialization_alias="sessionId"
    )
    charging_profile: ChargePointChargingProfile = Field(
        validation_alias="chargingProfile", serialization_alias="chargingProfile"
    )
    applied_at: datetime = Field(
        validation_alias="appliedAt", serialization_alias="appliedAt"
    )
    """ISO 8601 formatted date"""
