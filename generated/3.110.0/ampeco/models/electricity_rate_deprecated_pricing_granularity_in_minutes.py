"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenIntEnum


class ElectricityRateDeprecatedPricingGranularityInMinutes(OpenIntEnum):
    V60 = 60
    V30 = 30
    V15 = 15
