"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenEnum


class RoamingPlatformProtocol(OpenEnum):
    OCPI = "OCPI"
    GIREVE_OCPI_2_1_1 = "Gireve OCPI 2.1.1"
    HUBJECT_OICP_2_2 = "Hubject OICP 2.2"
    HUBJECT_OICP_2_3 = "Hubject OICP 2.3"
