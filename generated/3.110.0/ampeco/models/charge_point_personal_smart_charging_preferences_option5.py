"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from __future__ import annotations

from pydantic import Field

from .._runtime.models import AmpecoModel, OpenEnum
from .charge_point_charging_preferences_option5_preferences_target_charge import (
    ChargePointChargingPreferencesOption5PreferencesTargetCharge,
)
from .charge_point_personal_smart_charging_preferences_option5_type import (
    ChargePointPersonalSmartChargingPreferencesOption5Type,
)


class ChargePointSmartChargingPreferencesOption5PreferencesLocation(OpenEnum):
    """The price region based on NordPool prices"""

    GB1 = "GB1"


class ChargePointPersonalSmartChargingPreferencesOption5Preferences(AmpecoModel):
    location: ChargePointSmartChargingPreferencesOption5PreferencesLocation
    """The price region based on NordPool prices"""
    target_charge: ChargePointChargingPreferencesOption5PreferencesTargetCharge = Field(
        validation_alias="targetCharge", serialization_alias="targetCharge"
    )


class ChargePointPersonalSmartChargingPreferencesOption5(AmpecoModel):
    enabled: bool | None = True
    """Enable or disable the smart charging from owner preferences"""
    type: ChargePointPersonalSmartChargingPreferencesOption5Type
    integration_id: int | None = Field(
        default=None,
        validation_alias="integrationId",
        serialization_alias="integrationId",
    )
    preferences: (
        ChargePointPersonalSmartChargingPreferencesOption5Preferences | None
    ) = None


ChargePointPersonalSmartChargingPreferencesOption5.model_rebuild()
ChargePointPersonalSmartChargingPreferencesOption5Preferences.model_rebuild()
