"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenEnum


class EvseDeprecatedMaxVoltage(OpenEnum):
    """The maxVoltage of a charge point can fluctuate. Hence, when creating a charge point in the system, the maxVoltage is given as a range. For OCPI purposes it maps as follows: 220-240 = 230 110-130 = 120 400 = 400 380 = 380"""

    V230 = "230"
    V380 = "380"
    V400 = "400"
    V480 = "480"
    V120 = "120"
    V208 = "208"
    V240 = "240"
    V110_130 = "110-130"
    V220_240 = "220-240"
    V277 = "277"
