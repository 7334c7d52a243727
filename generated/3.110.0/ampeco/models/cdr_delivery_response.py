"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenEnum


class CdrDeliveryResponse(OpenEnum):
    """Status of the response from the EMSP. Presented only for local CDRs."""

    SUCCESS = "success"
    FAIL = "fail"
