"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenEnum


class IdTagCreateResultType(OpenEnum):
    RFID = "rfid"
    MAC_ADDRESS = "mac_address"
