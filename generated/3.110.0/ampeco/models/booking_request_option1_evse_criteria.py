"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .charge_point_evse_connector_type import ChargePointEvseConnectorType
from .evse_current_type import EvseCurrentType

if TYPE_CHECKING:
    from ..params import ChargePointEvseConnectorTypeLiteral, EvseCurrentTypeLiteral


class BookingRequestOption1EvseCriteria(SDKModel):
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

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            current_type: EvseCurrentType | EvseCurrentTypeLiteral | None = ...,
            min_power: float | None = ...,
            max_power: float | None = ...,
            connector_type: (
                ChargePointEvseConnectorType
                | ChargePointEvseConnectorTypeLiteral
                | None
            ) = ...,
        ) -> None: ...
