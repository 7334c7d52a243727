"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenEnum


class BookingRequestOption2Type(OpenEnum):
    """Type of booking request - must be \"update\x22"""

    UPDATE = "update"
