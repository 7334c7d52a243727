"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import AmpecoModel
from .charge_point_available_personal_smart_charging_mode_item_option3_defaults import (
    ChargePointAvailablePersonalSmartChargingModeItemOption3Defaults,
)
from .charge_point_personal_smart_charging_preferences_option4_type import (
    ChargePointPersonalSmartChargingPreferencesOption4Type,
)


class ChargePointAvailablePersonalSmartChargingModeItemOption3(AmpecoModel):
    name: str | None = None
    integration_id: int | None = Field(
        default=None,
        validation_alias="integrationId",
        serialization_alias="integrationId",
    )
    type: ChargePointPersonalSmartChargingPreferencesOption4Type | None = None
    defaults: (
        ChargePointAvailablePersonalSmartChargingModeItemOption3Defaults | None
    ) = None
