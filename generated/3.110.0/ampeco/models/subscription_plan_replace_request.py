"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime

from pydantic import Field

from .._runtime.models import SDKModel


class SubscriptionPlanReplaceRequest(SDKModel):
    plan_id: int = Field(validation_alias="planId", serialization_alias="planId")
    """The ID of the subscription plan that replaces the current one. The new Subscription plan will be added to the Subscription plans Restrictions for the Tariffs, where the old plan is present. Also it will be added to all Charge points that require the current Subscription plan."""
    replace_at: datetime | None = Field(
        default=None, validation_alias="replaceAt", serialization_alias="replaceAt"
    )
    """The date from which the new Subscription Plan replaces the current one. If left empty, it is replaced immediately."""
    reason: str
    """Internal note for tracking changes and the reasons for those changes."""
