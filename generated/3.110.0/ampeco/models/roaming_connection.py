"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .roaming_platform_ocpi import RoamingPlatformOcpi
from .roaming_platform_protocol import RoamingPlatformProtocol

if TYPE_CHECKING:
    from ..params import RoamingPlatformProtocolLiteral


class RoamingConnection(SDKModel):
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

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: int,
            protocol: RoamingPlatformProtocol | RoamingPlatformProtocolLiteral,
            endpoint: str,
            ocpi: RoamingPlatformOcpi | None = ...,
            last_updated_at: datetime | None = ...,
        ) -> None: ...
