"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .configuration_template_ocpp_version import ConfigurationTemplateOcppVersion

if TYPE_CHECKING:
    from ..params import ConfigurationTemplateOcppVersionLiteral


class ConfigurationTemplate(SDKModel):
    id: int | None = None
    name: str | None = None
    ocpp_version: ConfigurationTemplateOcppVersion | None = Field(
        default=None, validation_alias="ocppVersion", serialization_alias="ocppVersion"
    )
    last_updated_at: datetime | None = Field(
        default=None,
        validation_alias="lastUpdatedAt",
        serialization_alias="lastUpdatedAt",
    )
    """ISO 8601 formatted date"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: int | None = ...,
            name: str | None = ...,
            ocpp_version: (
                ConfigurationTemplateOcppVersion
                | ConfigurationTemplateOcppVersionLiteral
                | None
            ) = ...,
            last_updated_at: datetime | None = ...,
        ) -> None: ...
