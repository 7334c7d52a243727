"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime

from pydantic import Field

from .._runtime.models import SDKModel


class ListFlexibilityAssetsFilter(SDKModel):
    updated_since: datetime | None = Field(
        default=None,
        validation_alias="updatedSince",
        serialization_alias="updatedSince",
    )
    """Filter for the assets updated since the given timestamp"""
