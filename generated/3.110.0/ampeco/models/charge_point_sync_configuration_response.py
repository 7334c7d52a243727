"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import SDKModel


class ChargePointSyncConfigurationResponse(SDKModel):
    success: bool | None = None
    request_id: float | None = Field(
        default=None, validation_alias="requestId", serialization_alias="requestId"
    )
    """The ID of the sync configuration notification request. Notifications about the synced configuration will also contain this identifier"""
