"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .charge_point_available_personal_smart_charging_mode_item_option3_defaults import (
    ChargePointAvailablePersonalSmartChargingModeItemOption3Defaults,
)
from .charge_point_personal_smart_charging_preferences_option4_type import (
    ChargePointPersonalSmartChargingPreferencesOption4Type,
)

if TYPE_CHECKING:
    from ..params import ChargePointPersonalSmartChargingPreferencesOption4TypeLiteral


class ChargePointAvailablePersonalSmartChargingModeItemOption3(SDKModel):
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

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            name: str | None = ...,
            integration_id: int | None = ...,
            type: (
                ChargePointPersonalSmartChargingPreferencesOption4Type
                | ChargePointPersonalSmartChargingPreferencesOption4TypeLiteral
                | None
            ) = ...,
            defaults: (
                ChargePointAvailablePersonalSmartChargingModeItemOption3Defaults | None
            ) = ...,
        ) -> None: ...
