"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import AmpecoModel
from .payment_terminal_option6_terminal_type import PaymentTerminalOption6TerminalType


class WebPortal(AmpecoModel):
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
