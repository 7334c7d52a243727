"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import SDKModel


class ChargePointChangeSharingCodeRequest(SDKModel):
    sharing_code: str | None = Field(
        default=None, validation_alias="sharingCode", serialization_alias="sharingCode"
    )
    """The sharing code which provides access to the personal charge point for other users aside from the owner. If left empty the current code will be deleted"""
