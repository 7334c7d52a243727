"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime

from .._runtime.models import SDKModel


class ChargePointLatestNetworkStatusLog(SDKModel):
    status: str
    """Network connection status at the time of this log entry"""
    timestamp: datetime
    """ISO 8601 timestamp when the entry was recorded"""
