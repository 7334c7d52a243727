"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from decimal import Decimal

from .._runtime.models import SDKModel


class TopUpPackageUpdateRequest(SDKModel):
    price: Decimal | None = None
    bonus: Decimal | None = None
    enabled: bool | None = None
