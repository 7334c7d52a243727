"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .payment_terminal_option12_info_item import PaymentTerminalOption12InfoItem
from .payment_terminal_option6_terminal_type import PaymentTerminalOption6TerminalType

if TYPE_CHECKING:
    from ..params import PaymentTerminalOption6TerminalTypeLiteral


class PaymentTerminalOption7(SDKModel):
    id: int | None = None
    name: str
    integration_id: int = Field(
        validation_alias="integrationId", serialization_alias="integrationId"
    )
    terminal_type: PaymentTerminalOption6TerminalType = Field(
        validation_alias="terminalType", serialization_alias="terminalType"
    )
    operator_id: int = Field(
        validation_alias="operatorId", serialization_alias="operatorId"
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
    verification_code: str = Field(
        validation_alias="verificationCode", serialization_alias="verificationCode"
    )
    default_language: str = Field(
        validation_alias="defaultLanguage", serialization_alias="defaultLanguage"
    )
    present_card_on_stop_session: bool | None = Field(
        default=False,
        validation_alias="presentCardOnStopSession",
        serialization_alias="presentCardOnStopSession",
    )
    info: list[PaymentTerminalOption12InfoItem]
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
            id: int | None = ...,
            name: str,
            integration_id: int,
            terminal_type: (
                PaymentTerminalOption6TerminalType
                | PaymentTerminalOption6TerminalTypeLiteral
            ),
            operator_id: int,
            charging_zone_id: int | None = ...,
            charge_point_id: int | None = ...,
            verification_code: str,
            default_language: str,
            present_card_on_stop_session: bool | None = ...,
            info: list[PaymentTerminalOption12InfoItem],
            serial_number: str | None = ...,
            external_id: str | None = ...,
        ) -> None: ...
