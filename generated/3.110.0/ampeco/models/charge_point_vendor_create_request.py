"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import SDKModel


class ChargePointVendorCreateRequest(SDKModel):
    name: str
