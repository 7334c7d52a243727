"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenEnum


class ConsentTermType(OpenEnum):
    """The type of term:
    - marketing: Marketing and promotional communications consent
    - signup: Initial registration terms and conditions
    - subscription: Subscription service terms
    - top-up: Top-up service terms
    """

    MARKETING = "marketing"
    SIGNUP = "signup"
    SUBSCRIPTION = "subscription"
    TOP_UP = "top-up"
