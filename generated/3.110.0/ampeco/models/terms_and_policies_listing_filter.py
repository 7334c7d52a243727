"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime

from pydantic import Field

from .._runtime.models import SDKModel


class TermsAndPoliciesListingFilter(SDKModel):
    document_id: int | None = Field(
        default=None, validation_alias="documentId", serialization_alias="documentId"
    )
    valid_from: datetime | None = Field(
        default=None, validation_alias="validFrom", serialization_alias="validFrom"
    )
    """ISO 8601 formatted date"""
