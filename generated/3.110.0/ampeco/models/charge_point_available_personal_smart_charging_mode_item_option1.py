"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from __future__ import annotations

from datetime import time
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .charge_point_personal_smart_charging_preferences_option1_type import (
    ChargePointPersonalSmartChargingPreferencesOption1Type,
)

if TYPE_CHECKING:
    from ..params import ChargePointPersonalSmartChargingPreferencesOption1TypeLiteral


class ChargePointAvailablePersonalSmartChargingModeItemOption1Defaults(SDKModel):
    start_time: time | None = None
    """The 24-hour format should be used.</br>
    Example `00:00`
    """
    end_time: time | None = None
    """The 24-hour format should be used.</br>
    Example `01:00`
    """


class ChargePointAvailablePersonalSmartChargingModeItemOption1(SDKModel):
    name: str | None = None
    integration_id: int | None = Field(
        default=None,
        validation_alias="integrationId",
        serialization_alias="integrationId",
    )
    type: ChargePointPersonalSmartChargingPreferencesOption1Type | None = None
    defaults: (
        ChargePointAvailablePersonalSmartChargingModeItemOption1Defaults | None
    ) = None

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            name: str | None = ...,
            integration_id: int | None = ...,
            type: (
                ChargePointPersonalSmartChargingPreferencesOption1Type
                | ChargePointPersonalSmartChargingPreferencesOption1TypeLiteral
                | None
            ) = ...,
            defaults: (
                ChargePointAvailablePersonalSmartChargingModeItemOption1Defaults | None
            ) = ...,
        ) -> None: ...


ChargePointAvailablePersonalSmartChargingModeItemOption1.model_rebuild()
ChargePointAvailablePersonalSmartChargingModeItemOption1Defaults.model_rebuild()
