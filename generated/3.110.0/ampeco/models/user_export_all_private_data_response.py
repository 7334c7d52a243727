"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import SDKModel


class UserExportAllPrivateDataResponse(SDKModel):
    download_url: str | None = Field(
        default=None, validation_alias="downloadUrl", serialization_alias="downloadUrl"
    )
    """The private data can be downloaded from here. The link expires in 24 hours."""
