"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenEnum


class SubscriptionPlanPostPaidChargingSessionsAccumulation(OpenEnum):
    """Indicates if charging sessions at personal, commercial+personal charge points are included in the post-paid subscription and would be billed at the end of the billing cycle or when a threshold is met, if there is such."""

    NONE = "none"
    PERSONAL = "personal"
    PERSONAL_COMMERCIAL = "personal_commercial"
