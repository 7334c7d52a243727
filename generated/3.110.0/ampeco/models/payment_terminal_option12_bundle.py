"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import SDKModel


class PaymentTerminalOption12Bundle(SDKModel):
    version: str | None = None
    """Desired version of the terminal android bundle. This field should be used to detect version difference between the actual one running on the terminal and the configured on the server, in order to detect if an OTA update is required."""
    download_url: str | None = Field(
        default=None, validation_alias="downloadUrl", serialization_alias="downloadUrl"
    )
    """Download link to the archived (zip) bundle version. Can be used to download the bundle and initiate the OTA update on the terminal."""
