"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .payment_terminal_option6_terminal_type import PaymentTerminalOption6TerminalType

if TYPE_CHECKING:
    from ..params import PaymentTerminalOption6TerminalTypeLiteral


class CreatePaymentTerminalRequestOption1Option1(SDKModel):
    name: str
    integration_id: int = Field(
        validation_alias="integrationId", serialization_alias="integrationId"
    )
    terminal_type: PaymentTerminalOption6TerminalType = Field(
        validation_alias="terminalType", serialization_alias="terminalType"
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
    serial_number: str = Field(
        validation_alias="serialNumber", serialization_alias="serialNumber"
    )
    default_language: str = Field(
        validation_alias="defaultLanguage", serialization_alias="defaultLanguage"
    )
    display_text_timeout: int | None = Field(
        default=None,
        validation_alias="displayTextTimeout",
        serialization_alias="displayTextTimeout",
    )
    display_text: str | None = Field(
        default=None, validation_alias="displayText", serialization_alias="displayText"
    )
    operator_id: int = Field(
        validation_alias="operatorId", serialization_alias="operatorId"
    )
    external_id: str | None = Field(
        default=None, validation_alias="externalId", serialization_alias="externalId"
    )
    preauthorize_amount: float = Field(
        validation_alias="preauthorizeAmount", serialization_alias="preauthorizeAmount"
    )
    """Provide a Pre-authorize amount when the terminal is linked to a single charger"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            name: str,
            integration_id: int,
            terminal_type: (
                PaymentTerminalOption6TerminalType
                | PaymentTerminalOption6TerminalTypeLiteral
            ),
            charging_zone_id: int | None = ...,
            charge_point_id: int | None = ...,
            serial_number: str,
            default_language: str,
            display_text_timeout: int | None = ...,
            display_text: str | None = ...,
            operator_id: int,
            external_id: str | None = ...,
            preauthorize_amount: float,
        ) -> None: ...
