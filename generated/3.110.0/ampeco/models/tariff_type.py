"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenEnum


class TariffType(OpenEnum):
    """Setting the type to `charging not allowed` or `free` is enough for creating the particular type of tariff"""

    FREE = "free"
    FLAT_RATE = "flat rate"
    DURATION_ENERGY = "duration+energy"
    DURATION_ENERGY_TIME_OF_DAY = "duration+energy time of day"
    ENERGY_TOU = "energy tou"
    STANDARD = "standard"
    CHARGING_NOT_ALLOWED = "charging not allowed"
    AVERAGE_POWER_LEVELS = "average power levels"
    PEAK_POWER_LEVELS = "peak power levels"
    STANDARD_TOD = "standard_tod"
    OPTIMISED_DYNAMIC_PRICING = "optimised dynamic pricing"
