"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from typing import Any

from pydantic import Field

from .._runtime.models import SDKModel


class UpdateFlexibilityAssetRequest(SDKModel):
    description: str | None = None
    """Short description of the flexibility asset."""
    integration_id: float | None = Field(
        default=None,
        validation_alias="integrationId",
        serialization_alias="integrationId",
    )
    """Flexibility integration."""
    integration_parameters: dict[str, Any] | None = Field(
        default=None,
        validation_alias="integrationParameters",
        serialization_alias="integrationParameters",
    )
    """Flexibility integration parameters."""
