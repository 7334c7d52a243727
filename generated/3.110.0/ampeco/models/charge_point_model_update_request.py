"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import SDKModel


class ChargePointModelUpdateRequest(SDKModel):
    name: str | None = None
    vendor_id: int | None = Field(
        default=None, validation_alias="vendorId", serialization_alias="vendorId"
    )
    user_manual: str | None = Field(
        default=None, validation_alias="userManual", serialization_alias="userManual"
    )
    """A download link for the user manual. Shown in the mobile app for home chargers."""
    installer_manual: str | None = Field(
        default=None,
        validation_alias="installerManual",
        serialization_alias="installerManual",
    )
    """URL to an externally-hosted installer manual. The system stores this URL reference only (does not download or cache the document) and provides it to installers for viewing/downloading through the installer app interface."""
