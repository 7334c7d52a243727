"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .security_event_type import SecurityEventType

if TYPE_CHECKING:
    from ..params import SecurityEventTypeLiteral


class SecurityEvent(SDKModel):
    id: int | None = None
    charge_point: int | None = Field(
        default=None, validation_alias="chargePoint", serialization_alias="chargePoint"
    )
    type: SecurityEventType
    """Type of critical security events that are pushed from the Charge Point to the backend."""
    tech_info: str | None = Field(
        default=None, validation_alias="techInfo", serialization_alias="techInfo"
    )
    """Additional information about the security event."""
    timestamp: str
    """Time of day on which the event has occurred."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: int | None = ...,
            charge_point: int | None = ...,
            type: SecurityEventType | SecurityEventTypeLiteral,
            tech_info: str | None = ...,
            timestamp: str,
        ) -> None: ...
