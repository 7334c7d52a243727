"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime

from pydantic import Field

from .._runtime.models import SDKModel


class CircuitsListingFilter(SDKModel):
    last_updated_after: datetime | None = Field(
        default=None,
        validation_alias="lastUpdatedAfter",
        serialization_alias="lastUpdatedAfter",
    )
    """ISO 8601 formatted date. Lists only the circuits that were last updated on and after this datetime"""
    last_updated_before: datetime | None = Field(
        default=None,
        validation_alias="lastUpdatedBefore",
        serialization_alias="lastUpdatedBefore",
    )
    """ISO 8601 formatted date. Lists only the circuits that were last updated on and before this datetime"""
