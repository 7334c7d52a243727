"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenEnum


class SessionPriceBreakdownItemUnit(OpenEnum):
    """The measure that is used for the type element."""

    KWH = "kwh"
    MINUTE = "minute"
    SESSION = "session"
