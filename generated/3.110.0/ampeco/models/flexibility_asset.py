"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import Any

from pydantic import Field

from .._runtime.models import AmpecoModel
from .charge_point_evse_connector_status import ChargePointEvseConnectorStatus


class FlexibilityAsset(AmpecoModel):
    id: float | None = None
    """Unique ID of the Flexibility Asset."""
    dlm_circuit_id: float | None = Field(
        default=None,
        validation_alias="dlmCircuitId",
        serialization_alias="dlmCircuitId",
    )
    """ID of the DLM circuit. Only one of dlmCircuitId, chargePointId or evseId can have value."""
    charge_point_id: float | None = Field(
        default=None,
        validation_alias="chargePointId",
        serialization_alias="chargePointId",
    )
    """ID of the Charge Point. Only one of dlmCircuitId, chargePointId or evseId can have value."""
    evse_id: float | None = Field(
        default=None, validation_alias="evseId", serialization_alias="evseId"
    )
    """ID of the EVSE. Only one of dlmCircuitId, chargePointId or evseId can have value."""
    description: str | None = None
    """Short description of the flexibility asset."""
    downward_regulation_limit: int | None = Field(
        default=None,
        validation_alias="downwardRegulationLimit",
        serialization_alias="downwardRegulationLimit",
    )
    """Downward regulation limit in Watts."""
    upward_regulation_limit: int | None = Field(
        default=None,
        validation_alias="upwardRegulationLimit",
        serialization_alias="upwardRegulationLimit",
    )
    """Upward regulation limit in Watts."""
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
    status: ChargePointEvseConnectorStatus | None = None
    ends_at: datetime | None = Field(
        default=None, validation_alias="endsAt", serialization_alias="endsAt"
    )
    """ISO 8601 formatted date. If an end date is set the asset will be automatically disabled at that time. Historical time series and forecasts are not generated after the end date."""
