"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import AmpecoModel
from .configuration_template_ocpp_version import ConfigurationTemplateOcppVersion


class CreateConfigurationTemplateRequest(AmpecoModel):
    name: str
    ocpp_version: ConfigurationTemplateOcppVersion = Field(
        validation_alias="ocppVersion", serialization_alias="ocppVersion"
    )
