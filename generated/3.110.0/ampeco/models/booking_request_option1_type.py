"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenEnum


class BookingRequestOption1Type(OpenEnum):
    """Type of booking request - must be \"create\x22"""

    CREATE = "create"
