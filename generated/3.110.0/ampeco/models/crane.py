"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .payment_terminal_option6_terminal_type import PaymentTerminalOption6TerminalType

if TYPE_CHECKING:
    from ..params import PaymentTerminalOption6TerminalTypeLiteral


class Crane(SDKModel):
    name: str | None = None
    integration_id: int | None = Field(
        default=None,
        validation_alias="integrationId",
        serialization_alias="integrationId",
    )
    terminal_type: PaymentTerminalOption6TerminalType | None = Field(
        default=None,
        validation_alias="terminalType",
        serialization_alias="terminalType",
    )
    operator_id: int | None = Field(
        default=None, validation_alias="operatorId", serialization_alias="operatorId"
    )
    charging_zone_id: int | None = Field(
        default=None,
        validation_alias="chargingZoneId",
        serialization_alias="chargingZoneId",
    )
    """The charging zone the terminal belongs to. Note that either the `chargePointId` OR this attribute should be provided;"""
    charge_point_id: int | None = Field(
        default=None,
        validation_alias="chargePointId",
        serialization_alias="chargePointId",
    )
    """The Charge point the terminal belongs to. Note that either the `chargingZoneId` OR this attribute should be provided;"""
    serial_number: str | None = Field(
        default=None,
        validation_alias="serialNumber",
        serialization_alias="serialNumber",
    )
    external_id: str | None = Field(
        default=None, validation_alias="externalId", serialization_alias="externalId"
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            name: str | None = ...,
            integration_id: int | None = ...,
            terminal_type: (
                PaymentTerminalOption6TerminalType
                | PaymentTerminalOption6TerminalTypeLiteral
                | None
            ) = ...,
            operator_id: int | None = ...,
            charging_zone_id: int | None = ...,
            charge_point_id: int | None = ...,
            serial_number: str | None = ...,
            external_id: str | None = ...,
        ) -> None: ...
