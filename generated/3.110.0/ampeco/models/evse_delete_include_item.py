"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenEnum


class EvseDeleteIncludeItem(OpenEnum):
    CHARGING_PROFILE = "chargingProfile"
    CONNECTORS = "connectors"
    EXTERNAL_APP_DATA = "externalAppData"
