"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import OpenEnum, SDKModel

if TYPE_CHECKING:
    from ..params import ChargePointPersonalSmartChargingPreferencesOption2TypeLiteral


class ChargePointPersonalSmartChargingPreferencesOption2Type(OpenEnum):
    SOLAR = "solar"


class ChargePointPersonalSmartChargingPreferencesOption2Preferences(SDKModel):
    max_current_from_grid: float = Field(
        validation_alias="maxCurrentFromGrid", serialization_alias="maxCurrentFromGrid"
    )
    """The max current that can be taken from grid to ensure a stable charging process.Recommended options to use 0, 6, 8, 10, 12."""
    solar_stable_time: float = Field(
        validation_alias="solarStableTime", serialization_alias="solarStableTime"
    )
    """Shorter time means more precise solar availability detection but also more frequent charging on/off switching. Recommended options to use 30, 60, 120, 300, 600."""


class ChargePointPersonalSmartChargingPreferencesOption2(SDKModel):
    enabled: bool | None = True
    """Enable or disable the smart charging from owner preferences"""
    type: ChargePointPersonalSmartChargingPreferencesOption2Type
    preferences: ChargePointPersonalSmartChargingPreferencesOption2Preferences

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            enabled: bool | None = ...,
            type: (
                ChargePointPersonalSmartChargingPreferencesOption2Type
                | ChargePointPersonalSmartChargingPreferencesOption2TypeLiteral
            ),
            preferences: ChargePointPersonalSmartChargingPreferencesOption2Preferences,
        ) -> None: ...


ChargePointPersonalSmartChargingPreferencesOption2.model_rebuild()
ChargePointPersonalSmartChargingPreferencesOption2Preferences.model_rebuild()
