"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime

from pydantic import Field

from .._runtime.models import SDKModel


class UserGroupsListingFilter(SDKModel):
    no_partner: str | None = Field(
        default=None, validation_alias="noPartner", serialization_alias="noPartner"
    )
    """True returns User Groups that have no Partner associated, false returns User Groups that have a Partner associated."""
    partner_id: str | None = Field(
        default=None, validation_alias="partnerId", serialization_alias="partnerId"
    )
    """User Groups of a specific Partner."""
    last_updated_after: datetime | None = Field(
        default=None,
        validation_alias="lastUpdatedAfter",
        serialization_alias="lastUpdatedAfter",
    )
    """ISO 8601 formatted date. Lists only the user groups that were last updated on and after this datetime"""
    last_updated_before: datetime | None = Field(
        default=None,
        validation_alias="lastUpdatedBefore",
        serialization_alias="lastUpdatedBefore",
    )
    """ISO 8601 formatted date. Lists only the user groups that were last updated on and before this datetime"""
