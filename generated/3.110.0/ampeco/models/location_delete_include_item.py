"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenEnum


class LocationDeleteIncludeItem(OpenEnum):
    CHARGING_ZONES = "chargingZones"
    LOCATION_IMAGE = "locationImage"
    IMAGES = "images"
    EXTERNAL_APP_DATA = "externalAppData"
