"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import SDKModel


class FirmwareVersionsListingFilter(SDKModel):
    vendor_id: list[int] | None = Field(
        default=None, validation_alias="vendorId", serialization_alias="vendorId"
    )
    """Filter by charge point vendor IDs."""
    field_model_id: list[int] | None = Field(
        default=None, validation_alias="modelId", serialization_alias="modelId"
    )
    """Filter by charge point model IDs."""
    firmware_version: str | None = Field(
        default=None,
        validation_alias="firmwareVersion",
        serialization_alias="firmwareVersion",
    )
    """Filter by firmware version string. Matches both exact versions and versions that begin with the search string (e.g., \"1.2\" will match exactly \"1.2\" as well as versions like \"1.2.0\", \"1.2.3\", etc.)."""
