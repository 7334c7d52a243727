"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .configuration_template_variable_option2_variable_type import (
    ConfigurationTemplateVariableOption2VariableType,
)

if TYPE_CHECKING:
    from ..params import ConfigurationTemplateVariableOption2VariableTypeLiteral


class ConfigurationVariableForOcpp201(SDKModel):
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

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            value: str,
            variable_name: str,
            variable_type: (
                ConfigurationTemplateVariableOption2VariableType
                | ConfigurationTemplateVariableOption2VariableTypeLiteral
                | None
            ) = ...,
            variable_instance: str | None = ...,
            component: str,
            component_instance: str | None = ...,
            evse_id: int | None = ...,
            connector_id: int | None = ...,
        ) -> None: ...
