"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenIntEnum


class TariffPricingPricePeriodInMinutes(OpenIntEnum):
    """Charging period. In minutes. It defines the time-period for charging a fee. Example: If you select 15min then the EV-driver will be charged at the start of every 15min of EV-charging. Applicable for duration+energy and duration+energy time of day"""

    V1 = 1
    V15 = 15
    V30 = 30
    V60 = 60
    V240 = 240
    V360 = 360
