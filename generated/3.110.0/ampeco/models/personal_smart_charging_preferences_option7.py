"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import AmpecoModel


class PersonalSmartChargingPreferencesOption7(AmpecoModel):
    enabled: bool
    """Disable the smart charging from owner preferences"""
