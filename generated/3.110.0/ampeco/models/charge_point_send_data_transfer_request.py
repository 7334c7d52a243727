"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import SDKModel


class ChargePointSendDataTransferRequest(SDKModel):
    vendor_id: str = Field(validation_alias="vendorId", serialization_alias="vendorId")
    """The identifier of the vendor specific implementation."""
    message_id: str | None = Field(
        default=None, validation_alias="messageId", serialization_alias="messageId"
    )
    """Additional identification field."""
    data: str | None = None
    """Data without specified length or format"""
