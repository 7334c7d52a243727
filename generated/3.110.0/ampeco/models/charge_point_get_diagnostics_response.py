"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import SDKModel


class ChargePointGetDiagnosticsResponse(SDKModel):
    success: bool | None = None
    request_id: float | None = Field(
        default=None, validation_alias="requestId", serialization_alias="requestId"
    )
    """The ID of the get status notification request. Notifications about the uplaod status will also contain this identifier"""
    file_name: str | None = Field(
        default=None, validation_alias="fileName", serialization_alias="fileName"
    )
    """The file name that will be uploaded to the location you provided"""
