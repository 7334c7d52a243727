"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import SDKModel
from .charge_point_smart_charging_mode_item_option3_defaults_target_charge import (
    ChargePointSmartChargingModeItemOption3DefaultsTargetCharge,
)


class ChargePointAvailablePersonalSmartChargingModeItemOption3Defaults(SDKModel):
    target_charge: (
        ChargePointSmartChargingModeItemOption3DefaultsTargetCharge | None
    ) = None
