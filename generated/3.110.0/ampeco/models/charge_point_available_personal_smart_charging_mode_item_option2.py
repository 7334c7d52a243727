"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .charge_point_personal_smart_charging_preferences_option3_type import (
    ChargePointPersonalSmartChargingPreferencesOption3Type,
)
from .charge_point_smart_charging_mode_item_option3_defaults_target_charge import (
    ChargePointSmartChargingModeItemOption3DefaultsTargetCharge,
)

if TYPE_CHECKING:
    from ..params import ChargePointPersonalSmartChargingPreferencesOption3TypeLiteral


class ChargePointAvailablePersonalSmartChargingModeItemOption2Defaults(SDKModel):
    max_price: Decimal | None = None
    target_charge: (
        ChargePointSmartChargingModeItemOption3DefaultsTargetCharge | None
    ) = None


class ChargePointAvailablePersonalSmartChargingModeItemOption2(SDKModel):
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

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            name: str | None = ...,
            integration_id: int | None = ...,
            type: (
                ChargePointPersonalSmartChargingPreferencesOption3Type
                | ChargePointPersonalSmartChargingPreferencesOption3TypeLiteral
                | None
            ) = ...,
            defaults: (
                ChargePointAvailablePersonalSmartChargingModeItemOption2Defaults | None
            ) = ...,
        ) -> None: ...


ChargePointAvailablePersonalSmartChargingModeItemOption2.model_rebuild()
ChargePointAvailablePersonalSmartChargingModeItemOption2Defaults.model_rebuild()
