"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from __future__ import annotations

from decimal import Decimal

from pydantic import Field

from .._runtime.models import AmpecoModel
from .charge_point_personal_smart_charging_preferences_option3_type import (
    ChargePointPersonalSmartChargingPreferencesOption3Type,
)
from .charge_point_smart_charging_mode_item_option3_defaults_target_charge import (
    ChargePointSmartChargingModeItemOption3DefaultsTargetCharge,
)


class ChargePointAvailablePersonalSmartChargingModeItemOption2Defaults(AmpecoModel):
    max_price: Decimal | None = None
    target_charge: (
        ChargePointSmartChargingModeItemOption3DefaultsTargetCharge | None
    ) = None


class ChargePointAvailablePersonalSmartChargingModeItemOption2(AmpecoModel):
    name: str | None = None
    integration_id: int | None = Field(
        default=None,
        validation_alias="integrationId",
        serialization_alias="integrationId",
    )
    type: ChargePointPersonalSmartChargingPreferencesOption3Type | None = None
    defaults: (
        ChargePointAvailablePersonalSmartChargingModeItemOption2Defaults | None
    ) = None


ChargePointAvailablePersonalSmartChargingModeItemOption2.model_rebuild()
ChargePointAvailablePersonalSmartChargingModeItemOption2Defaults.model_rebuild()
