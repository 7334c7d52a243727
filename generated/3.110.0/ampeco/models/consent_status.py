"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenEnum


class ConsentStatus(OpenEnum):
    """The consent status:
    - agreed: User has agreed to the terms
    - rejected: User has explicitly rejected the terms
    """

    AGREED = "agreed"
    REJECTED = "rejected"
