"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .charge_point_deprecated_charging_profile_charging_rate_unit import (
    ChargePointDeprecatedChargingProfileChargingRateUnit,
)
from .charge_point_set_charging_profile_request_charging_profile_kind import (
    ChargePointSetChargingProfileRequestChargingProfileKind,
)
from .charge_point_set_charging_profile_request_charging_profile_purpose import (
    ChargePointSetChargingProfileRequestChargingProfilePurpose,
)
from .charge_point_set_charging_profile_request_recurrency_kind import (
    ChargePointSetChargingProfileRequestRecurrencyKind,
)

if TYPE_CHECKING:
    from ..params import (
        ChargePointDeprecatedChargingProfileChargingRateUnitLiteral,
        ChargePointSetChargingProfileRequestChargingProfileKindLiteral,
        ChargePointSetChargingProfileRequestChargingProfilePurposeLiteral,
        ChargePointSetChargingProfileRequestRecurrencyKindLiteral,
    )


class EvseChargingProfileSchedulePeriod(SDKModel):
    start_period: int = Field(
        validation_alias="startPeriod", serialization_alias="startPeriod"
    )
    limit: float
    """A number with not more than one decimal (decimal places <= 1)"""
    number_phases: int | None = Field(
        default=None,
        validation_alias="numberPhases",
        serialization_alias="numberPhases",
    )


class EvseChargingProfile(SDKModel):
    id: int
    min_charging_rate: float | None = Field(
        validation_alias="minChargingRate", serialization_alias="minChargingRate"
    )
    schedule_periods: list[EvseChargingProfileSchedulePeriod] = Field(
        validation_alias="schedulePeriods", serialization_alias="schedulePeriods"
    )
    schedule_start: datetime | None = Field(
        validation_alias="scheduleStart", serialization_alias="scheduleStart"
    )
    charging_rate_unit: ChargePointDeprecatedChargingProfileChargingRateUnit = Field(
        validation_alias="chargingRateUnit", serialization_alias="chargingRateUnit"
    )
    stack_level: int = Field(
        validation_alias="stackLevel", serialization_alias="stackLevel"
    )
    charging_profile_kind: Annotated[
        ChargePointSetChargingProfileRequestChargingProfileKind,
        Field(
            validation_alias="chargingProfileKind",
            serialization_alias="chargingProfileKind",
        ),
    ]
    recurrency_kind: ChargePointSetChargingProfileRequestRecurrencyKind | None = Field(
        validation_alias="recurrencyKind", serialization_alias="recurrencyKind"
    )
    charging_complete_at: datetime | None = Field(
        validation_alias="chargingCompleteAt", serialization_alias="chargingCompleteAt"
    )
    purpose: ChargePointSetChargingProfileRequestChargingProfilePurpose
    valid_to: datetime | None = Field(
        validation_alias="validTo", serialization_alias="validTo"
    )
    valid_from: datetime | None = Field(
        validation_alias="validFrom", serialization_alias="validFrom"
    )
    duration: int | None

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: int,
            min_charging_rate: float | None,
            schedule_periods: list[EvseChargingProfileSchedulePeriod],
            schedule_start: datetime | None,
            charging_rate_unit: (
                ChargePointDeprecatedChargingProfileChargingRateUnit
                | ChargePointDeprecatedChargingProfileChargingRateUnitLiteral
            ),
            stack_level: int,
            charging_profile_kind: (
                ChargePointSetChargingProfileRequestChargingProfileKind
                | ChargePointSetChargingProfileRequestChargingProfileKindLiteral
            ),
            recurrency_kind: (
                ChargePointSetChargingProfileRequestRecurrencyKind
                | ChargePointSetChargingProfileRequestRecurrencyKindLiteral
                | None
            ),
            charging_complete_at: datetime | None,
            purpose: (
                ChargePointSetChargingProfileRequestChargingProfilePurpose
                | ChargePointSetChargingProfileRequestChargingProfilePurposeLiteral
            ),
            valid_to: datetime | None,
            valid_from: datetime | None,
            duration: int | None,
        ) -> None: ...


EvseChargingProfile.model_rebuild()
EvseChargingProfileSchedulePeriod.model_rebuild()
