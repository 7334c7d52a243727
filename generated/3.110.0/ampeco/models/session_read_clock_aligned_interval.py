"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenIntEnum


class SessionReadClockAlignedInterval(OpenIntEnum):
    V15 = 15
    V30 = 30
    V60 = 60
