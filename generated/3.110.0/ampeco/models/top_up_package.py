"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from decimal import Decimal

from .._runtime.models import SDKModel


class TopUpPackage(SDKModel):
    id: int | None = None
    price: Decimal
    bonus: Decimal
    enabled: bool | None = None
