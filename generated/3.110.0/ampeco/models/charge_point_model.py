"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import SDKModel


class ChargePointModel(SDKModel):
    id: int
    name: str
    vendor_id: int = Field(validation_alias="vendorId", serialization_alias="vendorId")
    default_photo: str | None = Field(
        validation_alias="defaultPhoto", serialization_alias="defaultPhoto"
    )
    """For home chargers the default photo for the model is shown in the mobile app. The image URL is available for 24 hours after generated."""
    user_manual: str | None = Field(
        validation_alias="userManual", serialization_alias="userManual"
    )
    """A download link for the user manual. Shown in the mobile app for home chargers."""
    installer_manual: str | None = Field(
        default=None,
        validation_alias="installerManual",
        serialization_alias="installerManual",
    )
    """URL to an externally-hosted installer manual. The system stores this URL reference only (does not download or cache the document) and provides it to installers for viewing/downloading through the installer app interface. This field is omitted from the response when no installer manual is configured."""
