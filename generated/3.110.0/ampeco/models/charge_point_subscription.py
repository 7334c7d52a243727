"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import SDKModel


class ChargePointSubscription(SDKModel):
    """An active subscription could be required for personal (home) charge points in order to use the charge point."""

    required: bool | None = None
    """Only for personal charge points. Require an active subscription to use the charge point."""
    plan_ids: list[int] | None = Field(
        default=None, validation_alias="planIds", serialization_alias="planIds"
    )
    """Only for personal charge points. List of subscription plans for any of which the user should have an active subscription, to be able to use the charge point."""
