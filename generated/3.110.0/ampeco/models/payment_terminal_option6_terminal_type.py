"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenEnum


class PaymentTerminalOption6TerminalType(OpenEnum):
    PAYTER = "Payter"
    VALINA = "Valina"
    CRANE = "Crane"
    AMPECO = "Ampeco"
    NAYAX = "Nayax"
    EMBEDDED = "Embedded"
    PAX = "Pax"
    WINDCAVE = "Windcave"
    WEB_PORTAL = "Web portal"
    ADYEN_CASTLES = "AdyenCastles"
    PRINTEC_CASTLES = "Printec Castles"
    CARDLINK_CASTLES = "Cardlink Castles"
