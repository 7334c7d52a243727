"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import SDKModel


class BookingRequestOption1AuthorizedToken(SDKModel):
    id: int
    """Internal token ID for use in API requests (e.g., authorizedTokenIds in create/update)"""
    uid: str
    """Unique identifier of the OCPI token"""
    type: str
    """Type of token (e.g., RFID, APP_USER)"""
    contract_id: str | None = Field(
        default=None, validation_alias="contractId", serialization_alias="contractId"
    )
    """Contract identifier associated with the token (optional)"""
    emsp_country_code: str = Field(
        validation_alias="emspCountryCode", serialization_alias="emspCountryCode"
    )
    """Country code of the eMSP (electric Mobility Service Provider) that issued the token"""
    emsp_party_id: str = Field(
        validation_alias="emspPartyId", serialization_alias="emspPartyId"
    )
    """Party identifier of the eMSP (electric Mobility Service Provider) that issued the token"""
