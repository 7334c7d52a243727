"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import SDKModel


class ChargePointVendorUpdateRequest(SDKModel):
    name: str | None = None
    """The name of the location operator."""
