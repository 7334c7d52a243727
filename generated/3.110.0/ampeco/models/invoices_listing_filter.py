"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import SDKModel


class InvoicesListingFilter(SDKModel):
    issued_from: str | None = Field(
        default=None, validation_alias="issuedFrom", serialization_alias="issuedFrom"
    )
    """Only list invoices issued after this time"""
    issued_to: str | None = Field(
        default=None, validation_alias="issuedTo", serialization_alias="issuedTo"
    )
    """Only list invoices issued before this time"""
