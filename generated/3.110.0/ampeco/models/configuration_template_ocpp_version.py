"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenEnum


class ConfigurationTemplateOcppVersion(OpenEnum):
    OCPP_1_6 = "ocpp 1.6"
    OCPP_2_0_1 = "ocpp 2.0.1"
