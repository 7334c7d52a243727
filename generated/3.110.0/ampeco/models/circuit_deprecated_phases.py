"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenEnum


class CircuitDeprecatedPhases(OpenEnum):
    V1 = "1"
    V3 = "3"
