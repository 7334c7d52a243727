"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .charge_point_deprecated_charging_profile_charging_rate_unit import (
    ChargePointDeprecatedChargingProfileChargingRateUnit,
)
from .charge_point_deprecated_charging_profile_recurrency_kind import (
    ChargePointDeprecatedChargingProfileRecurrencyKind,
)
from .charge_point_deprecated_charging_profile_schedule_period import (
    ChargePointDeprecatedChargingProfileSchedulePeriod,
)
from .charge_point_set_charging_profile_request_charging_profile_kind import (
    ChargePointSetChargingProfileRequestChargingProfileKind,
)
from .charge_point_set_charging_profile_request_charging_profile_purpose import (
    ChargePointSetChargingProfileRequestChargingProfilePurpose,
)

if TYPE_CHECKING:
    from ..params import (
        ChargePointDeprecatedChargingProfileChargingRateUnitLiteral,
        ChargePointDeprecatedChargingProfileRecurrencyKindLiteral,
        ChargePointSetChargingProfileRequestChargingProfileKindLiteral,
        ChargePointSetChargingProfileRequestChargingProfilePurposeLiteral,
    )


class ChargePointChargingProfile(SDKModel):
    id: int | None = None
    min_charging_rate: float | None = Field(
        default=None,
        validation_alias="minChargingRate",
        serialization_alias="minChargingRate",
    )
    schedule_periods: (
        list[ChargePointDeprecatedChargingProfileSchedulePeriod] | None
    ) = Field(
        default=None,
        validation_alias="schedulePeriods",
        serialization_alias="schedulePeriods",
    )
    schedule_start: datetime | None = Field(
        default=None,
        validation_alias="scheduleStart",
        serialization_alias="scheduleStart",
    )
    charging_rate_unit: ChargePointDeprecatedChargingProfileChargingRateUnit | None = (
        Field(
            default=None,
            validation_alias="chargingRateUnit",
            serialization_alias="chargingRateUnit",
        )
    )
    stack_level: int | None = Field(
        default=None, validation_alias="stackLevel", serialization_alias="stackLevel"
    )
    charging_profile_kind: (
        ChargePointSetChargingProfileRequestChargingProfileKind | None
    ) = Field(
        default=None,
        validation_alias="chargingProfileKind",
        serialization_alias="chargingProfileKind",
    )
    recurrency_kind: ChargePointDeprecatedChargingProfileRecurrencyKind | None = Field(
        default=None,
        validation_alias="recurrencyKind",
        serialization_alias="recurrencyKind",
    )
    charging_complete_at: datetime | None = Field(
        default=None,
        validation_alias="chargingCompleteAt",
        serialization_alias="chargingCompleteAt",
    )
    purpose: ChargePointSetChargingProfileRequestChargingProfilePurpose | None = None
    valid_to: datetime | None = Field(
        default=None, validation_alias="validTo", serialization_alias="validTo"
    )
    valid_from: datetime | None = Field(
        default=None, validation_alias="validFrom", serialization_alias="validFrom"
    )
    duration: int | None = None

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: int | None = ...,
            min_charging_rate: float | None = ...,
            schedule_periods: (
                list[ChargePointDeprecatedChargingProfileSchedulePeriod] | None
            ) = ...,
            schedule_start: datetime | None = ...,
            charging_rate_unit: (
                ChargePointDeprecatedChargingProfileChargingRateUnit
                | ChargePointDeprecatedChargingProfileChargingRateUnitLiteral
                | None
            ) = ...,
            stack_level: int | None = ...,
            charging_profile_kind: (
                ChargePointSetChargingProfileRequestChargingProfileKind
                | ChargePointSetChargingProfileRequestChargingProfileKindLiteral
                | None
            ) = ...,
            recurrency_kind: (
                ChargePointDeprecatedChargingProfileRecurrencyKind
                | ChargePointDeprecatedChargingProfileRecurrencyKindLiteral
                | None
            ) = ...,
            charging_complete_at: datetime | None = ...,
            purpose: (
                ChargePointSetChargingProfileRequestChargingProfilePurpose
                | ChargePointSetChargingProfileRequestChargingProfilePurposeLiteral
                | None
            ) = ...,
            valid_to: datetime | None = ...,
            valid_from: datetime | None = ...,
            duration: int | None = ...,
        ) -> None: ...
