"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import SDKModel


class TariffPartner(SDKModel):
    id: int | None = None
    """The assigned Partner will have access to make changes to the tariff."""
