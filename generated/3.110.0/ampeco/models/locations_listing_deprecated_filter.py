"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import SDKModel


class LocationsListingDeprecatedFilter(SDKModel):
    post_code: str | None = Field(
        default=None, validation_alias="postCode", serialization_alias="postCode"
    )
    """The location post code"""
    partner_id: str | None = Field(
        default=None, validation_alias="partnerId", serialization_alias="partnerId"
    )
    """To list Locations that have charge points of a specific Partner, use the ID of the Partner. To list locations that have only charge points that don't have a Partner assigned, use null"""
    country: str | None = None
    """The location country"""
    status: str | None = None
    """The location status"""
    external_id: str | None = Field(
        default=None, validation_alias="externalId", serialization_alias="externalId"
    )
    """The location external ID"""
