"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime

from pydantic import Field

from .._runtime.models import AmpecoModel
from .partner_country import PartnerCountry


class PartnersListingFilter(AmpecoModel):
    country: PartnerCountry | None = None
    """Lists partners from the specified country"""
    reg_no: str | None = Field(
        default=None, validation_alias="regNo", serialization_alias="regNo"
    )
    """Lists partners with the specified regNo"""
    external_id: str | None = Field(
        default=None, validation_alias="externalId", serialization_alias="externalId"
    )
    """Only list partner, identified by the externalId"""
    last_updated_after: datetime | None = Field(
        default=None,
        validation_alias="lastUpdatedAfter",
        serialization_alias="lastUpdatedAfter",
    )
    """ISO 8601 formatted date. Lists only the partners that were last updated on and after this datetime"""
    last_updated_before: datetime | None = Field(
        default=None,
        validation_alias="lastUpdatedBefore",
        serialization_alias="lastUpdatedBefore",
    )
    """ISO 8601 formatted date. Lists only the partners that were last updated on and before this datetime"""
