"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import SDKModel


class UserGroupCreateRequest(SDKModel):
    name: str
    partner_id: int | None = Field(
        default=None, validation_alias="partnerId", serialization_alias="partnerId"
    )
    """The partnerId can be updated only if there are no users added to the user group"""
    description: str | None = None
    external_id: str | None = Field(
        default=None, validation_alias="externalId", serialization_alias="externalId"
    )
    """Used to store custom information, usually used for external references or metadata to the resource."""
