"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import AmpecoModel


class InstallerJobChangedNotificationChargePoint(AmpecoModel):
    id: int | None = None
