"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import AmpecoModel


class TopUpPackagesListingFilter(AmpecoModel):
    enabled: str | None = None
    """Only list enabled or disabled Top-Up Packages"""
