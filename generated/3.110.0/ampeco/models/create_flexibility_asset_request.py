"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import Any, TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .charge_point_evse_connector_status import ChargePointEvseConnectorStatus

if TYPE_CHECKING:
    from ..params import ChargePointEvseConnectorStatusLiteral


class CreateFlexibilityAssetRequest(SDKModel):
    dlm_circuit_id: float | None = Field(
        validation_alias="dlmCircuitId", serialization_alias="dlmCircuitId"
    )
    """ID of the DLM circuit. Only one of dlmCircuitId, chargePointId or evseId can have value."""
    charge_point_id: float | None = Field(
        validation_alias="chargePointId", serialization_alias="chargePointId"
    )
    """ID of the Charge Point. Only one of dlmCircuitId, chargePointId or evseId can have value."""
    evse_id: float | None = Field(
        validation_alias="evseId", serialization_alias="evseId"
    )
    """ID of the EVSE. Only one of dlmCircuitId, chargePointId or evseId can have value."""
    description: str | None = None
    """Short description of the flexibility asset."""
    integration_id: float = Field(
        validation_alias="integrationId", serialization_alias="integrationId"
    )
    """Flexibility integration."""
    integration_parameters: dict[str, Any] | None = Field(
        default=None,
        validation_alias="integrationParameters",
        serialization_alias="integrationParameters",
    )
    """Flexibility integration parameters."""
    status: ChargePointEvseConnectorStatus
    ends_at: datetime | None = Field(
        default=None, validation_alias="endsAt", serialization_alias="endsAt"
    )
    """ISO 8601 formatted date. If an end date is set the asset will be automatically disabled at that time. Historical time series and forecasts are not generated after the end date."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            dlm_circuit_id: float | None,
            charge_point_id: float | None,
            evse_id: float | None,
            description: str | None = ...,
            integration_id: float,
            integration_parameters: dict[str, Any] | None = ...,
            status: (
                ChargePointEvseConnectorStatus | ChargePointEvseConnectorStatusLiteral
            ),
            ends_at: datetime | None = ...,
        ) -> None: ...
