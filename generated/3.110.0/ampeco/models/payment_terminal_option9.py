"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .ampeco_invoice_manager_invoice_type import AmpecoInvoiceManagerInvoiceType
from .payment_terminal_option6_terminal_type import PaymentTerminalOption6TerminalType

if TYPE_CHECKING:
    from ..params import (
        AmpecoInvoiceManagerInvoiceTypeLiteral,
        PaymentTerminalOption6TerminalTypeLiteral,
    )


class PaymentTerminalOption9InvoiceField(SDKModel):
    field: str
    """Field identifier (e.g., email, name, taxId, country)"""
    required: bool
    """Whether this field is required or optional"""
    type: AmpecoInvoiceManagerInvoiceType
    """The invoice type this field belongs to (individual or company)"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            field: str,
            required: bool,
            type: (
                AmpecoInvoiceManagerInvoiceType | AmpecoInvoiceManagerInvoiceTypeLiteral
            ),
        ) -> None: ...


class PaymentTerminalOption9(SDKModel):
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
    invoice_fields: list[PaymentTerminalOption9InvoiceField] | None = Field(
        default=None,
        validation_alias="invoiceFields",
        serialization_alias="invoiceFields",
    )
    """Invoice field configurations for ad-hoc invoicing. Only included when ad-hoc invoicing is enabled for this terminal."""

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
            invoice_fields: list[PaymentTerminalOption9InvoiceField] | None = ...,
        ) -> None: ...


PaymentTerminalOption9.model_rebuild()
PaymentTerminalOption9InvoiceField.model_rebuild()
