"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from __future__ import annotations

from .._runtime.models import SDKModel


class CircuitChargePointPriorityEvse(SDKModel):
    id: int | None = None
    priority: float | None = None


class CircuitChargePointPriority(SDKModel):
    id: int | None = None
    priority: float | None = None
    evses: list[CircuitChargePointPriorityEvse] | None = None


CircuitChargePointPriority.model_rebuild()
CircuitChargePointPriorityEvse.model_rebuild()
