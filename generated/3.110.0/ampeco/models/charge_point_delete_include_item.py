"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenEnum


class ChargePointDeleteIncludeItem(OpenEnum):
    LAST_BOOT_NOTIFICATION = "lastBootNotification"
    CHARGING_PROFILE = "chargingProfile"
    SMART_CHARGING = "smartCharging"
    SMART_CHARGING_PREFERENCES = "smartChargingPreferences"
    PERSONAL_SMART_CHARGING_PREFERENCES = "personalSmartChargingPreferences"
    AVAILABLE_PERSONAL_SMART_CHARGING_MODES = "availablePersonalSmartChargingModes"
