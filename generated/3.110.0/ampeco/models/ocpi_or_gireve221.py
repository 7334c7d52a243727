"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import SDKModel


class OcpiOrGireve221(SDKModel):
    business_name: str | None = Field(
        default=None,
        validation_alias="businessName",
        serialization_alias="businessName",
    )
    platform_id: int = Field(
        validation_alias="platformId", serialization_alias="platformId"
    )
    partner_id: int | None = Field(
        default=None, validation_alias="partnerId", serialization_alias="partnerId"
    )
    country_code: str | None = Field(
        default=None, validation_alias="countryCode", serialization_alias="countryCode"
    )
    """The code provided during the token exchange process"""
    party_id: str | None = Field(
        default=None, validation_alias="partyId", serialization_alias="partyId"
    )
    """ID of the Operator or Provider of roaming"""
