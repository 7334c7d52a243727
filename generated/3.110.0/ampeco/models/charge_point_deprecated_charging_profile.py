"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import TYPE_CHECKING

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


class ChargePointDeprecatedChargingProfile(SDKModel):
    id: int | None = None
    min_charging_rate: float | None = None
    schedule_periods: (
        list[ChargePointDeprecatedChargingProfileSchedulePeriod] | None
    ) = None
    schedule_start: datetime | None = None
    charging_rate_unit: ChargePointDeprecatedChargingProfileChargingRateUnit | None = (
        None
    )
    stack_level: int | None = None
    charging_profile_kind: (
        ChargePointSetChargingProfileRequestChargingProfileKind | None
    ) = None
    recurrency_kind: ChargePointDeprecatedChargingProfileRecurrencyKind | None = None
    charging_complete_at: datetime | None = None
    purpose: ChargePointSetChargingProfileRequestChargingProfilePurpose | None = None
    valid_to: datetime | None = None
    valid_from: datetime | None = None
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
