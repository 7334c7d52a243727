"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime

from .._runtime.models import SDKModel


class SessionsConsumptionStatsItem(SDKModel):
    energy: float | None
    """The cumulative energy consumption (in watt-hours) recorded at this specific point in time"""
    power: float | None
    """The charging power value (in watts) recorded at this specific point in time"""
    timestamp: datetime
    """The specific date and time when the energy consumption and power values were recorded, in ISO 8601 format."""
