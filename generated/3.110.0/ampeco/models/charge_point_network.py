"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from typing import TYPE_CHECKING

from .._runtime.models import SDKModel
from .charge_point_deprecated_network_protocol import (
    ChargePointDeprecatedNetworkProtocol,
)

if TYPE_CHECKING:
    from ..params import ChargePointDeprecatedNetworkProtocolLiteral


class ChargePointNetwork(SDKModel):
    id: str | None = None
    """OCPP Identifier"""
    protocol: ChargePointDeprecatedNetworkProtocol | None = None
    password: str | None = None
    ip: str | None = None
    """Required for ocpp 1.5 (SOAP)"""
    port: int | None = None
    """Required for ocpp 1.5 (SOAP)"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: str | None = ...,
            protocol: (
                ChargePointDeprecatedNetworkProtocol
                | ChargePointDeprecatedNetworkProtocolLiteral
                | None
            ) = ...,
            password: str | None = ...,
            ip: str | None = ...,
            port: int | None = ...,
        ) -> None: ...
