"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .configuration_template_ocpp_version import ConfigurationTemplateOcppVersion

if TYPE_CHECKING:
    from ..params import ConfigurationTemplateOcppVersionLiteral


class CreateConfigurationTemplateRequest(SDKModel):
    name: str
    ocpp_version: ConfigurationTemplateOcppVersion = Field(
        validation_alias="ocppVersion", serialization_alias="ocppVersion"
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            name: str,
            ocpp_version: (
                ConfigurationTemplateOcppVersion
                | ConfigurationTemplateOcppVersionLiteral
            ),
        ) -> None: ...
