"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime

from .._runtime.models import SDKModel


class ChargePointGetDiagnosticsRequest(SDKModel):
    location: str
    """FTP address to upload the diagnostics to"""
    start: datetime | None = None
    """Only get diagnostics that are created after this date-time"""
    stop: datetime | None = None
    """Only get diagnostics that are created before that date-time"""
