"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import SDKModel


class ChargePointSharedPartnersSyncRequest(SDKModel):
    partner_ids: list[int] = Field(
        validation_alias="partnerIds", serialization_alias="partnerIds"
    )
