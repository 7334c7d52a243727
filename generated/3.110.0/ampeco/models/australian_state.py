"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenEnum


class AustralianState(OpenEnum):
    """When the country is AU."""

    NSW = "NSW"
    VIC = "VIC"
    QLD = "QLD"
    WA = "WA"
    SA = "SA"
    TAS = "TAS"
    ACT = "ACT"
    NT = "NT"
    JBT = "JBT"
    CX = "CX"
    NF = "NF"
    CC = "CC"
    AQ = "AQ"
    CSI = "CSI"
    ACI = "ACI"
    HM = "HM"
