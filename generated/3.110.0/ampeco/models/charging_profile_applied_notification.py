"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import OpenEnum, SDKModel
from .charge_point_charging_profile import ChargePointChargingProfile

if TYPE_CHECKING:
    from ..params import ChargingProfileAppliedNotificationNotificationLiteral


class ChargingProfileAppliedNotificationNotification(OpenEnum):
    CHARGING_PROFILE_APPLIED = "chargingProfile.applied"


class ChargingProfileAppliedNotification(SDKModel):
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

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            notification: (
                ChargingProfileAppliedNotificationNotification
                | ChargingProfileAppliedNotificationNotificationLiteral
            ),
            charge_point_id: int,
            evse_id: int | None,
            session_id: int | None,
            charging_profile: ChargePointChargingProfile,
            applied_at: datetime,
        ) -> None: ...
