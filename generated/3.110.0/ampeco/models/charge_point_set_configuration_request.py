"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import SDKModel


class ChargePointSetConfigurationRequest(SDKModel):
    value: str
    """Value to be assigned to specific configuration key"""
    name: str
    """Name of the variable of the configuration key"""
    instance: str | None = None
    """Specify instance for OCPP 2.0.1 configuration keys"""
    component_name: str | None = Field(
        default=None,
        validation_alias="componentName",
        serialization_alias="componentName",
    )
    """Required in order to specify component name for OCPP 2.0.1 configuration keys"""
    evse_id: int | None = Field(
        default=None, validation_alias="evseId", serialization_alias="evseId"
    )
    """ID of the EVSE. Only for OCPP 2.0.1 configuration keys"""
