"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import OpenEnum, SDKModel
from .ampeco_invoice_manager_invoice_type import AmpecoInvoiceManagerInvoiceType
from .partner_country import PartnerCountry
from .partner_state import PartnerState

if TYPE_CHECKING:
    from ..params import (
        AmpecoInvoiceManagerInvoiceTypeLiteral,
        InvoiceTypeLiteral,
        PartnerCountryLiteral,
        PartnerStateLiteral,
    )


class InvoiceType(OpenEnum):
    """The type of the invoice"""

    INVOICE = "invoice"
    PRO_FORMA = "pro_forma"
    CREDIT_NOTE = "credit_note"


class InvoiceClient(SDKModel):
    type: AmpecoInvoiceManagerInvoiceType
    name: str
    email: str | None = None
    id: str | None = None
    """The ID identifying the client (personal id or company id)"""
    tax_id: str | None = Field(
        default=None, validation_alias="taxId", serialization_alias="taxId"
    )
    tax_administration_office_name: str | None = Field(
        default=None,
        validation_alias="taxAdministrationOfficeName",
        serialization_alias="taxAdministrationOfficeName",
    )
    country: PartnerCountry
    region: str | None = None
    """When country is not in US, AU, CA, UM or RO, you can provide the region"""
    state: PartnerState | None = None
    """When the selected country is one of US, AU, CA, UM or RO"""
    city: str | None = None
    post_code: str | None = None
    address: str | None = None

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            type: (
                AmpecoInvoiceManagerInvoiceType | AmpecoInvoiceManagerInvoiceTypeLiteral
            ),
            name: str,
            email: str | None = ...,
            id: str | None = ...,
            tax_id: str | None = ...,
            tax_administration_office_name: str | None = ...,
            country: PartnerCountry | PartnerCountryLiteral,
            region: str | None = ...,
            state: PartnerState | PartnerStateLiteral | None = ...,
            city: str | None = ...,
            post_code: str | None = ...,
            address: str | None = ...,
        ) -> None: ...


class Invoice(SDKModel):
    id: int
    type: InvoiceType
    """The type of the invoice"""
    number: str
    """The unique number presented on the invoice"""
    date_: datetime = Field(validation_alias="date", serialization_alias="date")
    """The date on which the invoice was issued"""
    user_id: int | None = Field(
        default=None, validation_alias="userId", serialization_alias="userId"
    )
    """The id of the user in the backend, to whom the invoice is being issued. Can be -1 in case the invoice is issued to no particular user"""
    period_from: datetime | None = Field(
        default=None, validation_alias="periodFrom", serialization_alias="periodFrom"
    )
    """The timestamp of the first transaction included in the invoice"""
    period_to: datetime | None = Field(
        default=None, validation_alias="periodTo", serialization_alias="periodTo"
    )
    """The timestamp of the last transaction included in the invoice"""
    total_energy: float | None = Field(
        default=None, validation_alias="totalEnergy", serialization_alias="totalEnergy"
    )
    """The total energy accounted by the sessions that the invoice transactions correspond to"""
    total_amount: float = Field(
        validation_alias="totalAmount", serialization_alias="totalAmount"
    )
    """The total amount (including tax) of the invoice"""
    tax_rate: int = Field(validation_alias="taxRate", serialization_alias="taxRate")
    """The tax percent applied to the invoice"""
    tax_amount: float = Field(
        validation_alias="taxAmount", serialization_alias="taxAmount"
    )
    """The amount of tax applied to the invoice"""
    service: str
    """The service for which the invoice is being issued"""
    quantity: float
    unit_price: float = Field(
        validation_alias="unitPrice", serialization_alias="unitPrice"
    )
    subtotal: float
    """Total price for the service"""
    download_url: str | None = Field(
        default=None, validation_alias="downloadUrl", serialization_alias="downloadUrl"
    )
    """The invoice can be downloaded from here. The link expires in 24 hours."""
    client: InvoiceClient | None = None
    last_updated_at: datetime | None = Field(
        default=None,
        validation_alias="lastUpdatedAt",
        serialization_alias="lastUpdatedAt",
    )
    """ISO 8601 formatted date"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: int,
            type: InvoiceType | InvoiceTypeLiteral,
            number: str,
            date_: datetime,
            user_id: int | None = ...,
            period_from: datetime | None = ...,
            period_to: datetime | None = ...,
            total_energy: float | None = ...,
            total_amount: float,
            tax_rate: int,
            tax_amount: float,
            service: str,
            quantity: float,
            unit_price: float,
            subtotal: float,
            download_url: str | None = ...,
            client: InvoiceClient | None = ...,
            last_updated_at: datetime | None = ...,
        ) -> None: ...


Invoice.model_rebuild()
InvoiceClient.model_rebuild()
