"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenEnum


class SubscriptionPlanBillingType(OpenEnum):
    """Applicable only for post-paid subscription plans when external billing is enabled. Controls the billing method used for this subscription plan."""

    DEFAULT = "default"
    INTERNAL = "internal"
    EXTERNAL = "external"
