"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import SDKModel


class ElectricityMeter(SDKModel):
    id: float | None = None
    """Unique ID of the Electricity Meter."""
    name: str | None = None
    integration_id: int | None = Field(
        default=None,
        validation_alias="integrationId",
        serialization_alias="integrationId",
    )
    integration_parameters: dict[str, str] | None = Field(
        default=None,
        validation_alias="integrationParameters",
        serialization_alias="integrationParameters",
    )
    """Electricity meter integration parameters."""
