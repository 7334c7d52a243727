"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenEnum


class IdTagType(OpenEnum):
    """Only list Id tags in this type"""

    RFID = "rfid"
    MAC_ADDRESS = "mac_address"
    EMAID = "emaid"
