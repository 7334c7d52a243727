"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import SDKModel


class ChargePointDeprecatedLastBootNotification(SDKModel):
    model: str | None = None
    vendor: str | None = None
    charge_box_serial_number: str | None = None
    charge_point_serial_number: str | None = None
    firmware_version: str | None = None
    iccid: str | None = None
    imsi: str | None = None
    meter_serial_number: str | None = None
    meter_type: str | None = None
    reason: str | None = None
