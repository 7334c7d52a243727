"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .charge_point_available_personal_smart_charging_mode_item_option3_defaults import (
    ChargePointAvailablePersonalSmartChargingModeItemOption3Defaults,
)
from .charge_point_personal_smart_charging_preferences_option5_type import (
    ChargePointPersonalSmartChargingPreferencesOption5Type,
)

if TYPE_CHECKING:
    from ..params import ChargePointPersonalSmartChargingPreferencesOption5TypeLiteral


class ChargePointPersonalSmartChargingModeItemOption4Locations(SDKModel):
    key: str | None = None
    label: str | None = None


class ChargePointAvailablePersonalSmartChargingModeItemOption4(SDKModel):
    name: str | None = None
    integration_id: int | None = Field(
        default=None,
        validation_alias="integrationId",
        serialization_alias="integrationId",
    )
    type: ChargePointPersonalSmartChargingPreferencesOption5Type | None = None
    defaults: (
        ChargePointAvailablePersonalSmartChargingModeItemOption3Defaults | None
    ) = None
    locations: ChargePointPersonalSmartChargingModeItemOption4Locations | None = None

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            name: str | None = ...,
            integration_id: int | None = ...,
            type: (
                ChargePointPersonalSmartChargingPreferencesOption5Type
                | ChargePointPersonalSmartChargingPreferencesOption5TypeLiteral
                | None
            ) = ...,
            defaults: (
                ChargePointAvailablePersonalSmartChargingModeItemOption3Defaults | None
            ) = ...,
            locations: (
                ChargePointPersonalSmartChargingModeItemOption4Locations | None
            ) = ...,
        ) -> None: ...


ChargePointAvailablePersonalSmartChargingModeItemOption4.model_rebuild()
ChargePointPersonalSmartChargingModeItemOption4Locations.model_rebuild()
