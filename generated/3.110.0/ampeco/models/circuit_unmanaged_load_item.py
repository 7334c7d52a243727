"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime

from pydantic import Field

from .._runtime.models import AmpecoModel
from .circuit_consumption_phase_deprecated_phase import (
    CircuitConsumptionPhaseDeprecatedPhase,
)


class CircuitUnmanagedLoadItem(AmpecoModel):
    phase: CircuitConsumptionPhaseDeprecatedPhase
    consumption: float | None = None
    """In amps"""
    last_updated_at: datetime | None = Field(
        default=None,
        validation_alias="lastUpdatedAt",
        serialization_alias="lastUpdatedAt",
    )
    """ISO 8601 formatted date"""
