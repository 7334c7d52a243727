"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenEnum


class BookingStatus(OpenEnum):
    """Status of booking:
    - **accepted**: Booking has been approved and confirmed
    - **reserved**: EVSE has been reserved via OCPP ReserveNow command
    - **completed**: User has started a charging session and fulfilled the booking
    - **cancelled**: Booking has been cancelled by user or system
    - **no-show**: User failed to start session within the no-show timeout period
    - **failed**: System failed to reserve the EVSE after multiple attempts
    """

    ACCEPTED = "accepted"
    RESERVED = "reserved"
    COMPLETED = "completed"
    CANCELLED = "cancelled"
    NO_SHOW = "no-show"
    FAILED = "failed"
