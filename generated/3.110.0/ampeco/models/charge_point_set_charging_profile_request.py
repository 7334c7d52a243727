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


class ChargePointRequestChargingScheduleChargingSchedulePeriodItem(SDKModel):
    start_period: int = Field(
        validation_alias="startPeriod", serialization_alias="startPeriod"
    )
    limit: float
    number_phases: int | None = Field(
        default=None,
        validation_alias="numberPhases",
        serialization_alias="numberPhases",
    )


class ChargePointSetChargingProfileRequestChargingSchedule(SDKModel):
    id: float | None = None
    duration: int | None = None
    start_schedule: datetime | None = Field(
        default=None,
        validation_alias="startSchedule",
        serialization_alias="startSchedule",
    )
    charging_rate_unit: ChargePointDeprecatedChargingProfileChargingRateUnit = Field(
        validation_alias="chargingRateUnit", serialization_alias="chargingRateUnit"
    )
    charging_schedule_period: Annotated[
        list[ChargePointRequestChargingScheduleChargingSchedulePeriodItem],
        Field(
            validation_alias="chargingSchedulePeriod",
            serialization_alias="chargingSchedulePeriod",
        ),
    ]
    min_charging_rate: float | None = Field(
        default=None,
        validation_alias="minChargingRate",
        serialization_alias="minChargingRate",
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: float | None = ...,
            duration: int | None = ...,
            start_schedule: datetime | None = ...,
            charging_rate_unit: (
                ChargePointDeprecatedChargingProfileChargingRateUnit
                | ChargePointDeprecatedChargingProfileChargingRateUnitLiteral
            ),
            charging_schedule_period: list[
                ChargePointRequestChargingScheduleChargingSchedulePeriodItem
            ],
            min_charging_rate: float | None = ...,
        ) -> None: ...


class ChargePointSetChargingProfileRequest(SDKModel):
    """the smart charging profile to apply. See the OCPP documentation for further explanation on the fields"""

    transaction_id: int | None = Field(
        default=None,
        validation_alias="transactionId",
        serialization_alias="transactionId",
    )
    stack_level: int = Field(
        validation_alias="stackLevel", serialization_alias="stackLevel"
    )
    charging_profile_purpose: Annotated[
        ChargePointSetChargingProfileRequestChargingProfilePurpose,
        Field(
            validation_alias="chargingProfilePurpose",
            serialization_alias="chargingProfilePurpose",
        ),
    ]
    charging_profile_kind: Annotated[
        ChargePointSetChargingProfileRequestChargingProfileKind,
        Field(
            validation_alias="chargingProfileKind",
            serialization_alias="chargingProfileKind",
        ),
    ]
    recurrency_kind: ChargePointSetChargingProfileRequestRecurrencyKind | None = Field(
        default=None,
        validation_alias="recurrencyKind",
        serialization_alias="recurrencyKind",
    )
    valid_from: datetime | None = Field(
        default=None, validation_alias="validFrom", serialization_alias="validFrom"
    )
    valid_to: datetime | None = Field(
        default=None, validation_alias="validTo", serialization_alias="validTo"
    )
    charging_schedule: ChargePointSetChargingProfileRequestChargingSchedule = Field(
        validation_alias="chargingSchedule", serialization_alias="chargingSchedule"
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            transaction_id: int | None = ...,
            stack_level: int,
            charging_profile_purpose: (
                ChargePointSetChargingProfileRequestChargingProfilePurpose
                | ChargePointSetChargingProfileRequestChargingProfilePurposeLiteral
            ),
            charging_profile_kind: (
                ChargePointSetChargingProfileRequestChargingProfileKind
                | ChargePointSetChargingProfileRequestChargingProfileKindLiteral
            ),
            recurrency_kind: (
                ChargePointSetChargingProfileRequestRecurrencyKind
                | ChargePointSetChargingProfileRequestRecurrencyKindLiteral
                | None
            ) = ...,
            valid_from: datetime | None = ...,
            valid_to: datetime | None = ...,
            charging_schedule: ChargePointSetChargingProfileRequestChargingSchedule,
        ) -> None: ...


ChargePointRequestChargingScheduleChargingSchedulePeriodItem.model_rebuild()
ChargePointSetChargingProfileRequest.model_rebuild()
ChargePointSetChargingProfileRequestChargingSchedule.model_rebuild()
