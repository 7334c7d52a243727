"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import SDKModel


class AuthorizationDeprecatedRoaming(SDKModel):
    """In case source is roaming, this object describes the EMSP that gave the authorization"""

    platform_id: int | None = Field(
        default=None, validation_alias="platformId", serialization_alias="platformId"
    )
    """The roaming plarform ID that gave the authoriation"""
    platform_role_id: int | None = Field(
        default=None,
        validation_alias="platformRoleId",
        serialization_alias="platformRoleId",
    )
    """The role that gave the authorization (the EMSP)"""
    platform_role: str | None = Field(
        default=None,
        validation_alias="platformRole",
        serialization_alias="platformRole",
    )
    """The role identifier"""
    reference: str | None = None
    """OCPI's authorization_reference, or Hubjects SessionID"""
    client: str | None = None
    """OCPI's contractId, or Hubjects EVCO ID"""
