"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from __future__ import annotations

from datetime import datetime

from pydantic import Field

from .._runtime.models import SDKModel


class ChargePointConfigurationKey(SDKModel):
    name: str
    value: str
    component_name: str | None = Field(
        default=None,
        validation_alias="componentName",
        serialization_alias="componentName",
    )
    """Returned only for OCPP 2.0.1."""
    instance: str | None = None
    """Returned only for OCPP 2.0.1."""
    evse_id: int | None = Field(
        default=None, validation_alias="evseId", serialization_alias="evseId"
    )
    """Returned only for OCPP 2.0.1."""
    max_limit: int | None = Field(
        default=None, validation_alias="maxLimit", serialization_alias="maxLimit"
    )


class ChargePointConfiguration(SDKModel):
    key: ChargePointConfigurationKey | None = None
    readonly: bool | None = None
    required: bool | None = None
    timestamp: datetime | None = None
    """When was the configuration last updated."""
    last_updated_at: datetime | None = Field(
        default=None,
        validation_alias="lastUpdatedAt",
        serialization_alias="lastUpdatedAt",
    )
    """ISO 8601 formatted date"""
    persistent_configuration_template_id: int | None = Field(
        default=None,
        validation_alias="persistentConfigurationTemplateId",
        serialization_alias="persistentConfigurationTemplateId",
    )
    """The ID of the persistent Configuration template when the variable value is persistent."""


ChargePointConfiguration.model_rebuild()
ChargePointConfigurationKey.model_rebuild()
