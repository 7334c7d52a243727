"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from __future__ import annotations

from datetime import time
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import OpenEnum, SDKModel
from .charge_point_charging_preferences_option5_preferences_target_charge import (
    ChargePointChargingPreferencesOption5PreferencesTargetCharge,
)
from .charge_point_smart_charging_preferences_option1_preferences_week_day import (
    ChargePointSmartChargingPreferencesOption1PreferencesWeekDay,
)

if TYPE_CHECKING:
    from ..params import ChargePointPersonalSmartChargingPreferencesOption6TypeLiteral


class ChargePointPersonalSmartChargingPreferencesOption6Type(OpenEnum):
    CHARGER_ELECTRICITY_RATE = "charger_electricity_rate"


class ChargePointPersonalSmartChargingPreferencesOption6Preferences(SDKModel):
    solar: bool | None = False
    """This boolean adds solar mode control for specific brands of chargers that are supported.
    E.g.: Some chargers support special keys in the charging profile which enables solar charging mode.
    """
    start_time: time = Field(
        validation_alias="startTime", serialization_alias="startTime"
    )
    """Start of preferred charging window which will be applied by default when no week day is chosen."""
    end_time: time = Field(validation_alias="endTime", serialization_alias="endTime")
    """End of preferred charging window which will be applied by default when no week day is chosen."""
    target_charge: ChargePointChargingPreferencesOption5PreferencesTargetCharge = Field(
        validation_alias="targetCharge", serialization_alias="targetCharge"
    )
    week_days: (
        list[ChargePointSmartChargingPreferencesOption1PreferencesWeekDay] | None
    ) = Field(default=None, validation_alias="weekDays", serialization_alias="weekDays")


class ChargePointPersonalSmartChargingPreferencesOption6(SDKModel):
    enabled: bool | None = True
    """Enable or disable the smart charging from owner preferences"""
    type: ChargePointPersonalSmartChargingPreferencesOption6Type
    electricity_rate_id: int = Field(
        validation_alias="electricityRateId", serialization_alias="electricityRateId"
    )
    preferences: ChargePointPersonalSmartChargingPreferencesOption6Preferences

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            enabled: bool | None = ...,
            type: (
                ChargePointPersonalSmartChargingPreferencesOption6Type
                | ChargePointPersonalSmartChargingPreferencesOption6TypeLiteral
            ),
            electricity_rate_id: int,
            preferences: ChargePointPersonalSmartChargingPreferencesOption6Preferences,
        ) -> None: ...


ChargePointPersonalSmartChargingPreferencesOption6.model_rebuild()
ChargePointPersonalSmartChargingPreferencesOption6Preferences.model_rebuild()
