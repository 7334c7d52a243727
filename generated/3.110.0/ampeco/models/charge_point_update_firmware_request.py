"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import OpenEnum, SDKModel

if TYPE_CHECKING:
    from ..params import ChargePointUpdateFirmwareRequestDownloadUrlProtocolLiteral


class ChargePointUpdateFirmwareRequestDownloadUrlProtocol(OpenEnum):
    """Protocol to use for the firmware download URL when using firmware repository. Use HTTP only if the charge point does not support encrypted connections."""

    HTTP = "http"
    HTTPS = "https"


class ChargePointUpdateFirmwareRequest(SDKModel):
    url: str | None = None
    """Location (URL) from which to retrieve the firmware. Either this or `firmwareVersionId` must be provided."""
    firmware_version_id: int | None = Field(
        default=None,
        validation_alias="firmwareVersionId",
        serialization_alias="firmwareVersionId",
    )
    """ID of a Firmware Version. Either this or `url` must be provided."""
    retrieve_after: datetime | None = Field(
        default=None,
        validation_alias="retrieveAfter",
        serialization_alias="retrieveAfter",
    )
    """Specifies the date and time after which the Charge Point should retrieve the new firmware. If not provided, the current *datetime* will be used."""
    retries: int | None = None
    """Specifies how many times the Charge Point must try to retrieve the (new) firmware before giving up."""
    interval: int | None = None
    """The interval in seconds between each retry."""
    signed: bool
    """Indicates a Signed Firmware Update."""
    signing_certificate: str | None = Field(
        default=None,
        validation_alias="signingCertificate",
        serialization_alias="signingCertificate",
    )
    """Required if \"signed\" is true."""
    signature: str | None = None
    """Required if \"signed\" is true."""
    download_url_protocol: (
        ChargePointUpdateFirmwareRequestDownloadUrlProtocol | None
    ) = Field(
        default=None,
        validation_alias="downloadUrlProtocol",
        serialization_alias="downloadUrlProtocol",
    )
    """Protocol to use for the firmware download URL when using firmware repository. Use HTTP only if the charge point does not support encrypted connections."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            url: str | None = ...,
            firmware_version_id: int | None = ...,
            retrieve_after: datetime | None = ...,
            retries: int | None = ...,
            interval: int | None = ...,
            signed: bool,
            signing_certificate: str | None = ...,
            signature: str | None = ...,
            download_url_protocol: (
                ChargePointUpdateFirmwareRequestDownloadUrlProtocol
                | ChargePointUpdateFirmwareRequestDownloadUrlProtocolLiteral
                | None
            ) = ...,
        ) -> None: ...
