"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenIntEnum


class TariffPricingStateOfChargeIdleThreshold(OpenIntEnum):
    """Switches the session to idle when the SoC (%) exceeds the selected value. Leave empty to use the system wide setting.
    This option will take effect only if `Allow custom SoC (%) threshold per Tariff` is set in `Idle period detection` setting.
    This only applies to local charge points, it does not affect sessions on roaming charge points. Leave empty to use the system wide setting.
    """

    V75 = 75
    V80 = 80
    V85 = 85
    V90 = 90
    V95 = 95
    V100 = 100
