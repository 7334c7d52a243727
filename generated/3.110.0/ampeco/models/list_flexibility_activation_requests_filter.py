"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import SDKModel


class ListFlexibilityActivationRequestsFilter(SDKModel):
    asset_id: str | None = Field(
        default=None, validation_alias="assetId", serialization_alias="assetId"
    )
    """The ID of the Flexibility Asset to filter requests by"""
