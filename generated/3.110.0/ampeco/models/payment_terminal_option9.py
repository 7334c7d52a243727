"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from __future__ import annotations

from pydantic import Field

from .._runtime.models import AmpecoModel
from .ampeco_invoice_manager_invoice_type import AmpecoInvoiceManagerInvoiceType
from .payment_terminal_option6_terminal_type import PaymentTerminalOption6TerminalType


class PaymentTerminalOption9InvoiceField(AmpecoModel):
    field: str
    """Field identifier (e.g., email, name, taxId, country)"""
    required: bool
    """Whether this field is required or optional"""
    type: AmpecoInvoiceManagerInvoiceType
    """The invoice type this field belongs to (individual or company)"""


class PaymentTerminalOption9(AmpecoModel):
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


PaymentTerminalOption9.model_rebuild()
PaymentTerminalOption9InvoiceField.model_rebuild()
