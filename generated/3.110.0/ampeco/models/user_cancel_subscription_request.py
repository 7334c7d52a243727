"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import SDKModel


class UserCancelSubscriptionRequest(SDKModel):
    reason: str
    """The reason for the cancellation. It would be included in the Audit logs."""
