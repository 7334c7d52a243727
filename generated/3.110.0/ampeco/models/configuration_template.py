"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime

from pydantic import Field

from .._runtime.models import AmpecoModel
from .configuration_template_ocpp_version import ConfigurationTemplateOcppVersion


class ConfigurationTemplate(AmpecoModel):
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
