"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenEnum


class ChargePointsListingFilterType(OpenEnum):
    """Only list charge points with this access type"""

    PUBLIC = "public"
    PRIVATE = "private"
    PERSONAL = "personal"
