"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import AmpecoModel
from .charge_point_evse_connector_type import ChargePointEvseConnectorType
from .evse_current_type import EvseCurrentType


class BookingRequestOption1EvseCriteria(AmpecoModel):
    """Criteria for automatic EVSE selection based on technical requirements. Ignored when evseId is explicitly provided.

    Response behavior: Only present when EVSE criteria were specified in the request. Omitted when evseId was provided or no criteria were specified.
    """

    current_type: EvseCurrentType | None = Field(
        default=None, validation_alias="currentType", serialization_alias="currentType"
    )
    """Required current type (AC or DC). Omitted in response when not specified."""
    min_power: float | None = Field(
        default=None, validation_alias="minPower", serialization_alias="minPower"
    )
    """Minimum power requirement in kW. Omitted in response when not specified."""
    max_power: float | None = Field(
        default=None, validation_alias="maxPower", serialization_alias="maxPower"
    )
    """Maximum power requirement in kW. Omitted in response when not specified."""
    connector_type: ChargePointEvseConnectorType | None = Field(
        default=None,
        validation_alias="connectorType",
        serialization_alias="connectorType",
    )
    """Required connector type. Omitted in response when not specified."""
