"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import OpenEnum, SDKModel
from .charge_point_charging_preferences_option5_preferences_target_charge import (
    ChargePointChargingPreferencesOption5PreferencesTargetCharge,
)
from .charge_point_personal_smart_charging_preferences_option5_type import (
    ChargePointPersonalSmartChargingPreferencesOption5Type,
)

if TYPE_CHECKING:
    from ..params import (
        ChargePointPersonalSmartChargingPreferencesOption5TypeLiteral,
        ChargePointSmartChargingPreferencesOption5PreferencesLocationLiteral,
    )


class ChargePointSmartChargingPreferencesOption5PreferencesLocation(OpenEnum):
    """The price region based on NordPool prices"""

    GB1 = "GB1"


class ChargePointPersonalSmartChargingPreferencesOption5Preferences(SDKModel):
    location: ChargePointSmartChargingPreferencesOption5PreferencesLocation
    """The price region based on NordPool prices"""
    target_charge: ChargePointChargingPreferencesOption5PreferencesTargetCharge = Field(
        validation_alias="targetCharge", serialization_alias="targetCharge"
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            location: (
                ChargePointSmartChargingPreferencesOption5PreferencesLocation
                | ChargePointSmartChargingPreferencesOption5PreferencesLocationLiteral
            ),
            target_charge: ChargePointChargingPreferencesOption5PreferencesTargetCharge,
        ) -> None: ...


class ChargePointPersonalSmartChargingPreferencesOption5(SDKModel):
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

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            enabled: bool | None = ...,
            type: (
                ChargePointPersonalSmartChargingPreferencesOption5Type
                | ChargePointPersonalSmartChargingPreferencesOption5TypeLiteral
            ),
            integration_id: int | None = ...,
            preferences: (
                ChargePointPersonalSmartChargingPreferencesOption5Preferences | None
            ) = ...,
        ) -> None: ...


ChargePointPersonalSmartChargingPreferencesOption5.model_rebuild()
ChargePointPersonalSmartChargingPreferencesOption5Preferences.model_rebuild()
