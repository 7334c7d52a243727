"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenEnum


class EvseDeprecatedPhaseRotation(OpenEnum):
    RST = "rst"
    RTS = "rts"
    SRT = "srt"
    STR = "str"
    TRS = "trs"
    TSR = "tsr"
