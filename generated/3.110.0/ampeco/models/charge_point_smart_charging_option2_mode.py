"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenEnum


class ChargePointSmartChargingOption2Mode(OpenEnum):
    """`dynamic` - for public and private charge points. The charge point could be part of a dynamic load management circuit."""

    DYNAMIC = "dynamic"
