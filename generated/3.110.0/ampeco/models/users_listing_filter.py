"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime

from pydantic import Field

from .._runtime.models import SDKModel


class UsersListingFilter(SDKModel):
    user_group_id: str | None = Field(
        default=None, validation_alias="userGroupId", serialization_alias="userGroupId"
    )
    """Only list users that belong to a certain user group"""
    partner_id: str | None = Field(
        default=None, validation_alias="partnerId", serialization_alias="partnerId"
    )
    """Only list users attached to the partner."""
    external_id: str | None = Field(
        default=None, validation_alias="externalId", serialization_alias="externalId"
    )
    """Only list users with specific external id"""
    email: str | None = None
    """Only list user with specific email"""
    external_app_data: str | None = Field(
        default=None,
        validation_alias="externalAppData",
        serialization_alias="externalAppData",
    )
    """Only list records with specific external application data. You can use a dot notation to search for nested properties. For example, `filter[externalAppData.property1.property2]=value`."""
    last_updated_after: datetime | None = Field(
        default=None,
        validation_alias="lastUpdatedAfter",
        serialization_alias="lastUpdatedAfter",
    )
    """ISO 8601 formatted date. Lists only the users that were last updated on and after this datetime"""
    last_updated_before: datetime | None = Field(
        default=None,
        validation_alias="lastUpdatedBefore",
        serialization_alias="lastUpdatedBefore",
    )
    """ISO 8601 formatted date. Lists only the users that were last updated on and before this datetime"""
