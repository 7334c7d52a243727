"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .payment_terminal_option6_terminal_type import PaymentTerminalOption6TerminalType

if TYPE_CHECKING:
    from ..params import PaymentTerminalOption6TerminalTypeLiteral


class WebPortal(SDKModel):
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
            operator_id: int,
        ) -> None: ...
