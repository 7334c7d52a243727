"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import SDKModel


class VendorErrorCode(SDKModel):
    id: int | None = None
    vendor_id: str = Field(validation_alias="vendorId", serialization_alias="vendorId")
    """Unique identifier of the Vendor, reported from the Charge point"""
    error_code: str = Field(
        validation_alias="errorCode", serialization_alias="errorCode"
    )
    """The code reported from the charge point when the hardwareStatus is faulted"""
    error_code_description: str | None = Field(
        default=None,
        validation_alias="errorCodeDescription",
        serialization_alias="errorCodeDescription",
    )
    """Description of the error provided by the vendor"""
    error_code_customer_action: str | None = Field(
        default=None,
        validation_alias="errorCodeCustomerAction",
        serialization_alias="errorCodeCustomerAction",
    )
    """Recommended actions by the customer when this error occurs"""
