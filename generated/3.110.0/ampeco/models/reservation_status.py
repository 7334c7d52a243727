"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenEnum


class ReservationStatus(OpenEnum):
    """Only list reservations with this status"""

    ACTIVE = "active"
    EXPIRED = "expired"
    CANCELED = "canceled"
    DONE = "done"
