"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .partner_country import PartnerCountry

if TYPE_CHECKING:
    from ..params import PartnerCountryLiteral


class PartnersListingFilter(SDKModel):
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

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            country: PartnerCountry | PartnerCountryLiteral | None = ...,
            reg_no: str | None = ...,
            external_id: str | None = ...,
            last_updated_after: datetime | None = ...,
            last_updated_before: datetime | None = ...,
        ) -> None: ...
