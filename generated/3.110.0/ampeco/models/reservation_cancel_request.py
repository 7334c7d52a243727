"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import SDKModel


class ReservationCancelRequest(SDKModel):
    force: bool | None = False
    """Use force=true when you want to end the reservation regardless of the CP response"""
    reason: str | None = None
    """In case reason is empty, following text \"Activated via API\" will be added automatically"""
