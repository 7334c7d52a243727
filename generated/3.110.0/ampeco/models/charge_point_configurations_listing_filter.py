"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import SDKModel


class ChargePointConfigurationsListingFilter(SDKModel):
    name: str | None = None
    """Only list configuration keys identified by variable name"""
    instance: str | None = None
    """Only list configuration keys identified by instance"""
    component_name: str | None = Field(
        default=None,
        validation_alias="componentName",
        serialization_alias="componentName",
    )
    """Only list configuration keys identified by component name"""
    evse_id: int | None = Field(
        default=None, validation_alias="evseId", serialization_alias="evseId"
    )
    """Only list configuration keys identified by EVSE ID"""
