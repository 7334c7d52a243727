"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import AmpecoModel
from .configuration_template_variable_option2_variable_type import (
    ConfigurationTemplateVariableOption2VariableType,
)


class ConfigurationVariableForOcpp201(AmpecoModel):
    """Represents a configuration variable based on the OCPP 2.0.1 specification.
    Fields such as `variableName`, `variableType`, `variableInstance`, `component`,
    `componentInstance`, `evseId`, and `connectorId` directly correspond to the OCPP 2.0.1 protocol.
    """

    value: str
    variable_name: str = Field(
        validation_alias="variableName", serialization_alias="variableName"
    )
    variable_type: ConfigurationTemplateVariableOption2VariableType | None = Field(
        default=None,
        validation_alias="variableType",
        serialization_alias="variableType",
    )
    variable_instance: str | None = Field(
        default=None,
        validation_alias="variableInstance",
        serialization_alias="variableInstance",
    )
    component: str
    component_instance: str | None = Field(
        default=None,
        validation_alias="componentInstance",
        serialization_alias="componentInstance",
    )
    evse_id: int | None = Field(
        default=None, validation_alias="evseId", serialization_alias="evseId"
    )
    connector_id: int | None = Field(
        default=None, validation_alias="connectorId", serialization_alias="connectorId"
    )
