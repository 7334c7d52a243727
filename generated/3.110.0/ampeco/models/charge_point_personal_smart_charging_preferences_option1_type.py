"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenEnum


class ChargePointPersonalSmartChargingPreferencesOption1Type(OpenEnum):
    USER_CONTROLLED_SCHEDULE = "user_controlled_schedule"
