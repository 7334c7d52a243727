"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenEnum


class ChargePointSmartChargingOption3Mode(OpenEnum):
    """`user_schedule` - for personal charge points. The maximum power load will be defined on the EVSE level. The charge point owner could manually create a charging schedule."""

    USER_SCHEDULE = "user_schedule"
