"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import date

from pydantic import Field

from .._runtime.models import SDKModel


class TariffRestrictions(SDKModel):
    apply_to_users_of_charge_point_owner: bool | None = Field(
        default=None,
        validation_alias="applyToUsersOfChargePointOwner",
        serialization_alias="applyToUsersOfChargePointOwner",
        deprecated="TariffRestrictions.apply_to_users_of_charge_point_owner is deprecated",
    )
    """Deprecated.

    Makes the tariff apply to users of the partner, who is set as owner of the charge point
    """
    apply_to_users_of_charge_point_partner: bool | None = Field(
        default=None,
        validation_alias="applyToUsersOfChargePointPartner",
        serialization_alias="applyToUsersOfChargePointPartner",
    )
    """Makes the tariff apply to users of the partner, who is set as owner of the charge point"""
    apply_to_users_of_all_roaming_emsps: bool | None = Field(
        default=None,
        validation_alias="applyToUsersOfAllRoamingEmsps",
        serialization_alias="applyToUsersOfAllRoamingEmsps",
    )
    """Makes the tariff apply to users of all eMSPs, which are roaming partners"""
    apply_to_ad_hoc_users: bool | None = Field(
        default=None,
        validation_alias="applyToAdHocUsers",
        serialization_alias="applyToAdHocUsers",
    )
    """Makes the tariff valid for non-registered users(ad-hoc charging)"""
    ad_hoc_pre_authorize_amount: float | None = Field(
        default=None,
        validation_alias="adHocPreAuthorizeAmount",
        serialization_alias="adHocPreAuthorizeAmount",
    )
    """Sets the amount that would be blocked on the user's card at the start of the session. Required if applyToAdHocUsers is true and one of the following billing strategies is chosen: `Require payment method and authorize certain amount before starting session` or `Require payment method OR minimum amount in balance`."""
    ad_hoc_stop_when_pre_authorized_amount_falls_below: float | None = Field(
        default=None,
        validation_alias="adHocStopWhenPreAuthorizedAmountFallsBelow",
        serialization_alias="adHocStopWhenPreAuthorizedAmountFallsBelow",
    )
    """Set the minimum pre-authorized amount threshold. When the remaining ad hoc pre-authorized amount falls below this value, the charging session will automatically stop to prevent revenue loss."""
    apply_to_users_of_partners: list[float] | None = Field(
        default=None,
        validation_alias="applyToUsersOfPartners",
        serialization_alias="applyToUsersOfPartners",
    )
    """Users of specific Partners. Provide a list of partner IDs. Matches if the user is a invited to at least one of the partners."""
    apply_to_users_with_groups: list[str] | None = Field(
        default=None,
        validation_alias="applyToUsersWithGroups",
        serialization_alias="applyToUsersWithGroups",
        deprecated="TariffRestrictions.apply_to_users_with_groups is deprecated",
    )
    """Deprecated.

    Users with a specific group. Provide a list of user groups. Matches if the user is a member of at least one of the groups. Note: Due to improvements in the user groups, this property could be used with some limitations:
     1) The value(s) should exactly match the name(s) of the user groups.
     2) It would not be possible to create a user group from here anymore.
     3) If there are duplicates, the value would not be accepted.
    """
    apply_to_user_group_ids: list[float] | None = Field(
        default=None,
        validation_alias="applyToUserGroupIds",
        serialization_alias="applyToUserGroupIds",
    )
    """An array of user group IDs. Users with a specific group. Provide a list of user group IDs. This restriction applies if the user is a member of at least one of the groups."""
    apply_to_users_with_subscriptions: list[float] | None = Field(
        default=None,
        validation_alias="applyToUsersWithSubscriptions",
        serialization_alias="applyToUsersWithSubscriptions",
    )
    """Users with a specific subscription plan. Provide a list of subscription plan IDs. Matches if the user has active one of the subscription plans."""
    start_date: date | None = Field(
        default=None, validation_alias="startDate", serialization_alias="startDate"
    )
    """The date from which the tariff becomes valid."""
    end_date: date | None = Field(
        default=None, validation_alias="endDate", serialization_alias="endDate"
    )
    """The expiry date of the tariff. The tariff is valid until this date inclusive."""
