"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .charge_point_charging_preferences_option3_preferences_target_charge import (
    ChargePointChargingPreferencesOption3PreferencesTargetCharge,
)
from .charge_point_personal_smart_charging_preferences_option3_type import (
    ChargePointPersonalSmartChargingPreferencesOption3Type,
)

if TYPE_CHECKING:
    from ..params import ChargePointPersonalSmartChargingPreferencesOption3TypeLiteral


class ChargePointPersonalSmartChargingPreferencesOption3Preferences(SDKModel):
    applicable_tax_id: int = Field(
        validation_alias="applicableTaxId", serialization_alias="applicableTaxId"
    )
    """The ID of the applicable tax rate. Used to calculate correctly electricity costs shown to the user."""
    target_charge: (
        ChargePointChargingPreferencesOption3PreferencesTargetCharge | None
    ) = Field(
        default=None,
        validation_alias="targetCharge",
        serialization_alias="targetCharge",
    )
    post_code: str = Field(validation_alias="postCode", serialization_alias="postCode")
    """User's postcode. Used to determine the applicable tariff."""
    price_threshold: float = Field(
        validation_alias="priceThreshold", serialization_alias="priceThreshold"
    )
    """The price per kWh threshold below which charging would commence."""


class ChargePointPersonalSmartChargingPreferencesOption3(SDKModel):
    enabled: bool | None = True
    """Enable or disable the smart charging from owner preferences"""
    type: ChargePointPersonalSmartChargingPreferencesOption3Type
    integration_id: int = Field(
        validation_alias="integrationId", serialization_alias="integrationId"
    )
    preferences: ChargePointPersonalSmartChargingPreferencesOption3Preferences

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            enabled: bool | None = ...,
            type: (
                ChargePointPersonalSmartChargingPreferencesOption3Type
                | ChargePointPersonalSmartChargingPreferencesOption3TypeLiteral
            ),
            integration_id: int,
            preferences: ChargePointPersonalSmartChargingPreferencesOption3Preferences,
        ) -> None: ...


ChargePointPersonalSmartChargingPreferencesOption3.model_rebuild()
ChargePointPersonalSmartChargingPreferencesOption3Preferences.model_rebuild()
