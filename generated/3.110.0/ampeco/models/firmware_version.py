"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime

from pydantic import Field

from .._runtime.models import SDKModel


class FirmwareVersion(SDKModel):
    id: int
    """Unique identifier of the firmware version"""
    firmware_version: str = Field(
        validation_alias="firmwareVersion", serialization_alias="firmwareVersion"
    )
    """Version string of the firmware"""
    details: str | None = None
    """Additional details about the firmware version"""
    charge_point_vendor_id: int = Field(
        validation_alias="chargePointVendorId",
        serialization_alias="chargePointVendorId",
    )
    """ID of the charge point vendor associated with this firmware version"""
    file_url: str | None = Field(
        default=None, validation_alias="fileUrl", serialization_alias="fileUrl"
    )
    """Temporary URL to download the firmware file. Valid for 24 hours."""
    signing_certificate: str | None = Field(
        default=None,
        validation_alias="signingCertificate",
        serialization_alias="signingCertificate",
    )
    """The certificate used to sign the firmware"""
    signature: str | None = None
    """The digital signature of the firmware"""
    models: list[int] | None = None
    """IDs of charge point models compatible with this firmware version. Only included when requested with include[]=models."""
    created_at: datetime = Field(
        validation_alias="createdAt", serialization_alias="createdAt"
    )
    """ISO 8601 formatted date"""
    updated_at: datetime = Field(
        validation_alias="updatedAt", serialization_alias="updatedAt"
    )
    """ISO 8601 formatted date"""
