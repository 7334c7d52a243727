"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime

from pydantic import Field

from .._runtime.models import AmpecoModel
from .roaming_platform_ocpi import RoamingPlatformOcpi
from .roaming_platform_protocol import RoamingPlatformProtocol


class RoamingConnection(AmpecoModel):
    """Roaming Connection"""

    id: int
    protocol: RoamingPlatformProtocol
    endpoint: str
    ocpi: RoamingPlatformOcpi | None = None
    last_updated_at: datetime | None = Field(
        default=None,
        validation_alias="lastUpdatedAt",
        serialization_alias="lastUpdatedAt",
    )
    """ISO 8601 formatted date"""
