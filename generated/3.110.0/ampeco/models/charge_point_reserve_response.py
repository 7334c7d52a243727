"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import SDKModel


class ChargePointReserveResponse(SDKModel):
    success: bool | None = None
    reservation_id: float | None = Field(
        default=None,
        validation_alias="reservationId",
        serialization_alias="reservationId",
    )
    """The numeric representation of the reservation id being started"""
