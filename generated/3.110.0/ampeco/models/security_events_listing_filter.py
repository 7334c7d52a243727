"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .security_event_type import SecurityEventType

if TYPE_CHECKING:
    from ..params import SecurityEventTypeLiteral


class SecurityEventsListingFilter(SDKModel):
    type: SecurityEventType | None = None
    """Type of critical security events that are pushed from the Charge Point to the backend."""
    charge_point: str | None = Field(
        default=None, validation_alias="chargePoint", serialization_alias="chargePoint"
    )
    timestamp_from: str | None = Field(
        default=None,
        validation_alias="timestampFrom",
        serialization_alias="timestampFrom",
    )
    timestamp_to: str | None = Field(
        default=None, validation_alias="timestampTo", serialization_alias="timestampTo"
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            type: SecurityEventType | SecurityEventTypeLiteral | None = ...,
            charge_point: str | None = ...,
            timestamp_from: str | None = ...,
            timestamp_to: str | None = ...,
        ) -> None: ...
