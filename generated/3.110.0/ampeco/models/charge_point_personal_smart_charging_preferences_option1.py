"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from __future__ import annotations

from datetime import time
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .charge_point_personal_smart_charging_preferences_option1_type import (
    ChargePointPersonalSmartChargingPreferencesOption1Type,
)
from .charge_point_smart_charging_preferences_option1_preferences_week_day import (
    ChargePointSmartChargingPreferencesOption1PreferencesWeekDay,
)

if TYPE_CHECKING:
    from ..params import ChargePointPersonalSmartChargingPreferencesOption1TypeLiteral


class ChargePointChargingPreferencesOption1PreferencesTargetCharge(SDKModel):
    min_target_charge_kwh: float | None = Field(
        default=None,
        validation_alias="minTargetChargeKwh",
        serialization_alias="minTargetChargeKwh",
    )
    max_target_charge_kwh: float | None = Field(
        default=None,
        validation_alias="maxTargetChargeKwh",
        serialization_alias="maxTargetChargeKwh",
    )


class ChargePointPreferencesOption1PreferencesTrackElectricityCosts(SDKModel):
    price_off_peak: float | None = Field(
        default=None,
        validation_alias="priceOffPeak",
        serialization_alias="priceOffPeak",
    )
    price_peak: float | None = Field(
        default=None, validation_alias="pricePeak", serialization_alias="pricePeak"
    )


class ChargePointPersonalSmartChargingPreferencesOption1Preferences(SDKModel):
    start_time: time = Field(
        validation_alias="startTime", serialization_alias="startTime"
    )
    """Start of preferred charging window which will be applied by default when no week day is chosen. Applicable for schedule mode"""
    end_time: time = Field(validation_alias="endTime", serialization_alias="endTime")
    """End of preferred charging window which will be applied by default when no week day is chosen. Applicable for schedule mode"""
    target_charge: (
        ChargePointChargingPreferencesOption1PreferencesTargetCharge | None
    ) = Field(
        default=None,
        validation_alias="targetCharge",
        serialization_alias="targetCharge",
    )
    track_electricity_costs: (
        ChargePointPreferencesOption1PreferencesTrackElectricityCosts | None
    ) = Field(
        default=None,
        validation_alias="trackElectricityCosts",
        serialization_alias="trackElectricityCosts",
    )
    week_days: (
        list[ChargePointSmartChargingPreferencesOption1PreferencesWeekDay] | None
    ) = Field(default=None, validation_alias="weekDays", serialization_alias="weekDays")


class ChargePointPersonalSmartChargingPreferencesOption1(SDKModel):
    enabled: bool | None = True
    """Enable or disable the smart charging from owner preferences"""
    type: ChargePointPersonalSmartChargingPreferencesOption1Type
    preferences: ChargePointPersonalSmartChargingPreferencesOption1Preferences

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            enabled: bool | None = ...,
            type: (
                ChargePointPersonalSmartChargingPreferencesOption1Type
                | ChargePointPersonalSmartChargingPreferencesOption1TypeLiteral
            ),
            preferences: ChargePointPersonalSmartChargingPreferencesOption1Preferences,
        ) -> None: ...


ChargePointChargingPreferencesOption1PreferencesTargetCharge.model_rebuild()
ChargePointPersonalSmartChargingPreferencesOption1.model_rebuild()
ChargePointPersonalSmartChargingPreferencesOption1Preferences.model_rebuild()
ChargePointPreferencesOption1PreferencesTrackElectricityCosts.model_rebuild()
