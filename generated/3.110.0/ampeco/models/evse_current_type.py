"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenEnum


class EvseCurrentType(OpenEnum):
    """Type of current available on the EVSE:
    - **ac**: Alternating Current (AC) charging
    - **dc**: Direct Current (DC) fast charging
    """

    AC = "ac"
    DC = "dc"
