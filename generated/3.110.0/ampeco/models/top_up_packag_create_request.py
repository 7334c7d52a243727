"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from decimal import Decimal

from .._runtime.models import SDKModel


class TopUpPackagCreateRequest(SDKModel):
    price: Decimal
    bonus: Decimal
    enabled: bool | None = None
    """By default is set to `false`."""
