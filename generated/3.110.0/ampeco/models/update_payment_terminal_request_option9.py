"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import AmpecoModel
from .payment_terminal_option6_terminal_type import PaymentTerminalOption6TerminalType


class UpdatePaymentTerminalRequestOption9(AmpecoModel):
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
