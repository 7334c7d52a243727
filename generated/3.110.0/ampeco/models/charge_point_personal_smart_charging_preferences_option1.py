"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from __future__ import annotations

from datetime import time

from pydantic import Field

from .._runtime.models import AmpecoModel
from .charge_point_personal_smart_charging_preferences_option1_type import (
    ChargePointPersonalSmartChargingPreferencesOption1Type,
)
from .charge_point_smart_charging_preferences_option1_preferences_week_day import (
    ChargePointSmartChargingPreferencesOption1PreferencesWeekDay,
)


class ChargePointChargingPreferencesOption1PreferencesTargetCharge(AmpecoModel):
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


class ChargePointPreferencesOption1PreferencesTrackElectricityCosts(AmpecoModel):
    price_off_peak: float | None = Field(
        default=None,
        validation_alias="priceOffPeak",
        serialization_alias="priceOffPeak",
    )
    price_peak: float | None = Field(
        default=None, validation_alias="pricePeak", serialization_alias="pricePeak"
    )


class ChargePointPersonalSmartChargingPreferencesOption1Preferences(AmpecoModel):
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


class ChargePointPersonalSmartChargingPreferencesOption1(AmpecoModel):
    enabled: bool | None = True
    """Enable or disable the smart charging from owner preferences"""
    type: ChargePointPersonalSmartChargingPreferencesOption1Type
    preferences: ChargePointPersonalSmartChargingPreferencesOption1Preferences


ChargePointChargingPreferencesOption1PreferencesTargetCharge.model_rebuild()
ChargePointPersonalSmartChargingPreferencesOption1.model_rebuild()
ChargePointPersonalSmartChargingPreferencesOption1Preferences.model_rebuild()
ChargePointPreferencesOption1PreferencesTrackElectricityCosts.model_rebuild()
