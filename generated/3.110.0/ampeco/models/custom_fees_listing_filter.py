"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime

from pydantic import Field

from .._runtime.models import SDKModel


class CustomFeesListingFilter(SDKModel):
    created_after: datetime | None = Field(
        default=None,
        validation_alias="createdAfter",
        serialization_alias="createdAfter",
    )
    """ISO 8601 formatted date. Only list status logs created after this datetime"""
    created_before: datetime | None = Field(
        default=None,
        validation_alias="createdBefore",
        serialization_alias="createdBefore",
    )
    """ISO 8601 formatted date. Only list status logs created before this datetime"""
