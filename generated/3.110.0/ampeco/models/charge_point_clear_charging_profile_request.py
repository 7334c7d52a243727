"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import SDKModel


class ChargePointClearChargingProfileRequest(SDKModel):
    id: float | None = None
    """The ID of the charging profile to clear."""
    evse_network_id: str | None = Field(
        default=None,
        validation_alias="evseNetworkId",
        serialization_alias="evseNetworkId",
    )
    """Specifies the ID of the connector for which to clear charging profiles. A connectorId of zero (0) specifies the charging profile for the overall Charge Point. Absence of this parameter means the clearing applies to all charging profiles that match the other criteria in the request."""
    charging_profile_purpose: str | None = Field(
        default=None,
        validation_alias="chargingProfilePurpose",
        serialization_alias="chargingProfilePurpose",
    )
    """Specifies to purpose of the charging profiles that will be cleared, if they meet the other criteria in the request."""
    stack_level: float | None = Field(
        default=None, validation_alias="stackLevel", serialization_alias="stackLevel"
    )
    """Specifies the stackLevel for which charging profiles will be cleared, if they meet the other criteria in the request."""
