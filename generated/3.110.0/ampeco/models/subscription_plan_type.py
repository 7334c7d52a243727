"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenEnum


class SubscriptionPlanType(OpenEnum):
    """Required when Post-paid Subscription plans has been enabled for the system."""

    PRE_PAID = "pre-paid"
    POST_PAID = "post-paid"
