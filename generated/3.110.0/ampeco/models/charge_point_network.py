"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import AmpecoModel
from .charge_point_deprecated_network_protocol import (
    ChargePointDeprecatedNetworkProtocol,
)


class ChargePointNetwork(AmpecoModel):
    id: str | None = None
    """OCPP Identifier"""
    protocol: ChargePointDeprecatedNetworkProtocol | None = None
    password: str | None = None
    ip: str | None = None
    """Required for ocpp 1.5 (SOAP)"""
    port: int | None = None
    """Required for ocpp 1.5 (SOAP)"""
