"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime

from pydantic import Field

from .._runtime.models import SDKModel


class ConfigurationTemplateVariableOption1(SDKModel):
    id: int
    key_name: str = Field(validation_alias="keyName", serialization_alias="keyName")
    value: str
    last_updated_at: datetime = Field(
        validation_alias="lastUpdatedAt", serialization_alias="lastUpdatedAt"
    )
    """ISO 8601 formatted date"""
