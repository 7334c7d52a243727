"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import SDKModel


class SubscriptionPlanVisibilityRestrictions(SDKModel):
    """Defines which users can view and subscribe to the plan via the app"""

    included_partner_users: list[int] | None = Field(
        default=None,
        validation_alias="includedPartnerUsers",
        serialization_alias="includedPartnerUsers",
    )
    """An array of Partner IDs. The Subscription plan is available only to users invited (and accepted) or created by one of the Partners in this list. When empty the plan is available to all users, except the ones of Partners listed in excludedPartnerUsers."""
    excluded_partner_users: list[int] | None = Field(
        default=None,
        validation_alias="excludedPartnerUsers",
        serialization_alias="excludedPartnerUsers",
    )
    """An array of Partner IDs. The Subscription plan is not available to users of the Partners in this list."""
    included_user_groups: list[int] | None = Field(
        default=None,
        validation_alias="includedUserGroups",
        serialization_alias="includedUserGroups",
    )
    """An array of User Group IDs. The Subscription plan is available only to users with a User Group that is in this list. When empty the plan is available to all users, except the ones with a User Group listed in excludedUserGroups."""
    excluded_user_groups: list[int] | None = Field(
        default=None,
        validation_alias="excludedUserGroups",
        serialization_alias="excludedUserGroups",
    )
    """An array of User Group IDs. The Subscription plan is not available to users with a User Group that is in this list."""
