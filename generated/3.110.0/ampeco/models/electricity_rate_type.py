"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenEnum


class ElectricityRateType(OpenEnum):
    ADMIN_DEFINED = "admin_defined"
    OCTOPUS_GO = "octopus_go"
    AGILE_OCTOPUS = "agile_octopus"
    NORD_POOL = "nord_pool"
