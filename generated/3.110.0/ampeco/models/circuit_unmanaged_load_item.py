"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .circuit_consumption_phase_deprecated_phase import (
    CircuitConsumptionPhaseDeprecatedPhase,
)

if TYPE_CHECKING:
    from ..params import CircuitConsumptionPhaseDeprecatedPhaseLiteral


class CircuitUnmanagedLoadItem(SDKModel):
    phase: CircuitConsumptionPhaseDeprecatedPhase
    consumption: float | None = None
    """In amps"""
    last_updated_at: datetime | None = Field(
        default=None,
        validation_alias="lastUpdatedAt",
        serialization_alias="lastUpdatedAt",
    )
    """ISO 8601 formatted date"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            phase: (
                CircuitConsumptionPhaseDeprecatedPhase
                | CircuitConsumptionPhaseDeprecatedPhaseLiteral
            ),
            consumption: float | None = ...,
            last_updated_at: datetime | None = ...,
        ) -> None: ...
