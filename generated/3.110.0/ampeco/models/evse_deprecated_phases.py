"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenEnum


class EvseDeprecatedPhases(OpenEnum):
    SINGLE_PHASE = "single_phase"
    THREE_PHASE = "three_phase"
