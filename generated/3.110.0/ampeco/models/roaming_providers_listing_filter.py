"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import SDKModel


class RoamingProvidersListingFilter(SDKModel):
    platform_id: int | None = Field(
        default=None, validation_alias="platformId", serialization_alias="platformId"
    )
    country_code: str | None = Field(
        default=None, validation_alias="countryCode", serialization_alias="countryCode"
    )
    party_id: str | None = Field(
        default=None, validation_alias="partyId", serialization_alias="partyId"
    )
