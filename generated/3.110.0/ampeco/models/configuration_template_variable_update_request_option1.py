"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import SDKModel


class ConfigurationTemplateVariableUpdateRequestOption1(SDKModel):
    key_name: str | None = Field(
        default=None, validation_alias="keyName", serialization_alias="keyName"
    )
    value: str | None = None
