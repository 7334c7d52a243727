"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime

from pydantic import Field

from .._runtime.models import SDKModel


class AuthorizationsListingV21Filter(SDKModel):
    created_after: datetime | None = Field(
        default=None,
        validation_alias="createdAfter",
        serialization_alias="createdAfter",
    )
    """ISO 8601 formatted date. Lists only the authorizations created after this datetime"""
    created_before: datetime | None = Field(
        default=None,
        validation_alias="createdBefore",
        serialization_alias="createdBefore",
    )
    """ISO 8601 formatted date. Lists only the authorizations created before this datetime"""
    last_updated_after: datetime | None = Field(
        default=None,
        validation_alias="lastUpdatedAfter",
        serialization_alias="lastUpdatedAfter",
    )
    """ISO 8601 formatted date. Lists only the authorizations that were last updated after this datetime"""
    last_updated_before: datetime | None = Field(
        default=None,
        validation_alias="lastUpdatedBefore",
        serialization_alias="lastUpdatedBefore",
    )
    """ISO 8601 formatted date. Lists only the authorizations that were last updated before this datetime"""
    status: str | None = None
    """Lists only authorizations with one of the following statuses: \"accepted\", \"rejected\", \"pending\x22"""
    method: str | None = None
    """Lists only authorizations with one of the following methods: \"user_device\", \"id_tag\", \"mac_address\", \"admin\", \"plug_and_charge\", \"roaming\", \"payment_terminal\", \"plug_and_charge_iso15118\x22"""
    partner_id: int | None = Field(
        default=None, validation_alias="partnerId", serialization_alias="partnerId"
    )
    """Lists only authorizations of users who are associated to a particular partner"""
