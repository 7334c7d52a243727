"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime

from pydantic import Field

from .._runtime.models import SDKModel
from .roaming_operator_cpo_settings import RoamingOperatorCpoSettings


class RoamingOperator(SDKModel):
    id: int | None = None
    role: str | None = None
    hubject_id: str | None = Field(
        default=None, validation_alias="hubjectId", serialization_alias="hubjectId"
    )
    business_name: str | None = Field(
        default=None,
        validation_alias="businessName",
        serialization_alias="businessName",
    )
    platform_id: int | None = Field(
        default=None, validation_alias="platformId", serialization_alias="platformId"
    )
    partner_id: int | None = Field(
        default=None,
        validation_alias="partnerId",
        serialization_alias="partnerId",
        deprecated="RoamingOperator.partner_id is deprecated",
    )
    """Deprecated."""
    enabled: bool | None = None
    country_code: str | None = Field(
        default=None, validation_alias="countryCode", serialization_alias="countryCode"
    )
    """The code provided during the token exchange process"""
    party_id: str | None = Field(
        default=None, validation_alias="partyId", serialization_alias="partyId"
    )
    """ID of the Operator or Provider of roaming"""
    cpo_settings: RoamingOperatorCpoSettings | None = Field(
        default=None, validation_alias="cpoSettings", serialization_alias="cpoSettings"
    )
    last_updated_at: datetime | None = Field(
        default=None,
        validation_alias="lastUpdatedAt",
        serialization_alias="lastUpdatedAt",
    )
    """ISO 8601 formatted date"""
