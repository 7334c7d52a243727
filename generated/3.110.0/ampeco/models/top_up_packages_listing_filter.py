"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import SDKModel


class TopUpPackagesListingFilter(SDKModel):
    enabled: str | None = None
    """Only list enabled or disabled Top-Up Packages"""
