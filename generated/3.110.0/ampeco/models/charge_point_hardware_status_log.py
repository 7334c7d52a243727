"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime

from pydantic import Field

from .._runtime.models import SDKModel


class ChargePointHardwareStatusLog(SDKModel):
    status: str
    """Hardware status at the time of this log entry"""
    timestamp: datetime
    """ISO 8601 timestamp when the entry was recorded"""
    error_code: str = Field(
        validation_alias="errorCode", serialization_alias="errorCode"
    )
    """The type of error or \"NoError\x22"""
    vendor_id: str | None = Field(
        default=None, validation_alias="vendorId", serialization_alias="vendorId"
    )
    """The ID of the vendor"""
    info: str | None = None
    """Additional information about the status"""
    vendor_error_code: str | None = Field(
        default=None,
        validation_alias="vendorErrorCode",
        serialization_alias="vendorErrorCode",
    )
    """Vendor-specific error code"""
    error_code_description: str | None = Field(
        default=None,
        validation_alias="errorCodeDescription",
        serialization_alias="errorCodeDescription",
    )
    """Detailed description of the vendor error code"""
    error_code_customer_action: str | None = Field(
        default=None,
        validation_alias="errorCodeCustomerAction",
        serialization_alias="errorCodeCustomerAction",
    )
    """Recommended action for the customer"""
