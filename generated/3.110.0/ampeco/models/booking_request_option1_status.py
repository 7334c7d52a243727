"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenEnum


class BookingRequestOption1Status(OpenEnum):
    """Status of booking request:
    - **pending**: Request is awaiting processing
    - **approved**: Request has been approved
    - **rejected**: Request has been rejected
    """

    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"
