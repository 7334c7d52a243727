"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from __future__ import annotations

from pydantic import Field

from .._runtime.models import SDKModel


class PartnerContactDetailsBilling(SDKModel):
    contact_person: str | None = Field(
        default=None,
        validation_alias="contactPerson",
        serialization_alias="contactPerson",
    )
    email: str | None = None
    phone: str | None = None


class PartnerContactDetails(SDKModel):
    administrative: PartnerContactDetailsBilling | None = None
    technical: PartnerContactDetailsBilling | None = None
    billing: PartnerContactDetailsBilling | None = None


PartnerContactDetails.model_rebuild()
PartnerContactDetailsBilling.model_rebuild()
