"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import SDKModel


class LocationImage(SDKModel):
    """If `include[]=locationImage` is provided with the request, the `locationImageId` will be replaced with the `locationImage` object if a location image has been assigned to the Location"""

    original: str
    """URL to the original image"""
    thumbnail: str | None = None
    """URL to a thumbnail image"""
    mime_type: str = Field(validation_alias="mimeType", serialization_alias="mimeType")
