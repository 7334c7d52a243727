"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenEnum


class CircuitConsumptionPhaseDeprecatedPhase(OpenEnum):
    L1 = "L1"
    L2 = "L2"
    L3 = "L3"
