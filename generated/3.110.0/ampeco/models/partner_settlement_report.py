"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .ampeco_invoice_manager_invoice_type import AmpecoInvoiceManagerInvoiceType
from .partner_country import PartnerCountry
from .partner_settlement_report_total_amount import PartnerSettlementReportTotalAmount

if TYPE_CHECKING:
    from ..params import AmpecoInvoiceManagerInvoiceTypeLiteral, PartnerCountryLiteral


class PartnerSettlementReportCustomer(SDKModel):
    """Company details for the entity receiving the service - the Partner/EMSP."""

    type: AmpecoInvoiceManagerInvoiceType
    name: str
    contact_person: str | None = Field(
        validation_alias="contactPerson", serialization_alias="contactPerson"
    )
    country: PartnerCountry | None
    region: str | None
    city: str | None
    post_code: str | None = Field(
        validation_alias="postCode", serialization_alias="postCode"
    )
    address: str | None
    reg_no: str | None = Field(validation_alias="regNo", serialization_alias="regNo")
    tax_id: str | None = Field(validation_alias="taxId", serialization_alias="taxId")
    phone: str | None
    email: str | None
    bank_iban: str | None = Field(
        validation_alias="bankIban", serialization_alias="bankIban"
    )
    bank_name: str | None = Field(
        validation_alias="bankName", serialization_alias="bankName"
    )
    bank_address: str | None = Field(
        validation_alias="bankAddress", serialization_alias="bankAddress"
    )
    bank_code: str | None = Field(
        validation_alias="bankCode", serialization_alias="bankCode"
    )
    bank_account_number: str | None = Field(
        validation_alias="bankAccountNumber", serialization_alias="bankAccountNumber"
    )
    bank_account_type: str | None = Field(
        validation_alias="bankAccountType", serialization_alias="bankAccountType"
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            type: (
                AmpecoInvoiceManagerInvoiceType | AmpecoInvoiceManagerInvoiceTypeLiteral
            ),
            name: str,
            contact_person: str | None,
            country: PartnerCountry | PartnerCountryLiteral | None,
            region: str | None,
            city: str | None,
            post_code: str | None,
            address: str | None,
            reg_no: str | None,
            tax_id: str | None,
            phone: str | None,
            email: str | None,
            bank_iban: str | None,
            bank_name: str | None,
            bank_address: str | None,
            bank_code: str | None,
            bank_account_number: str | None,
            bank_account_type: str | None,
        ) -> None: ...


class PartnerSettlementReportSupplier(SDKModel):
    """Company details for the entity supplying the service - the CPO."""

    type: AmpecoInvoiceManagerInvoiceType
    name: str
    contact_person: str | None = Field(
        validation_alias="contactPerson", serialization_alias="contactPerson"
    )
    country: PartnerCountry | None
    region: str | None
    city: str | None
    post_code: str | None = Field(
        validation_alias="postCode", serialization_alias="postCode"
    )
    address: str | None
    reg_no: str | None = Field(validation_alias="regNo", serialization_alias="regNo")
    tax_id: str | None = Field(validation_alias="taxId", serialization_alias="taxId")
    phone: str | None
    email: str | None

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            type: (
                AmpecoInvoiceManagerInvoiceType | AmpecoInvoiceManagerInvoiceTypeLiteral
            ),
            name: str,
            contact_person: str | None,
            country: PartnerCountry | PartnerCountryLiteral | None,
            region: str | None,
            city: str | None,
            post_code: str | None,
            address: str | None,
            reg_no: str | None,
            tax_id: str | None,
            phone: str | None,
            email: str | None,
        ) -> None: ...


class PartnerSettlementReport(SDKModel):
    id: int
    """Unique settlement report identifier."""
    partner_id: int = Field(
        validation_alias="partnerId", serialization_alias="partnerId"
    )
    """Unique identifier of the partner involved in the settlement."""
    number: str
    """Settlement report reference number."""
    date_: date = Field(validation_alias="date", serialization_alias="date")
    """Date the settlement report was generated."""
    period_start: date = Field(
        validation_alias="periodStart", serialization_alias="periodStart"
    )
    """Start date of the period covered by the report."""
    period_end: date = Field(
        validation_alias="periodEnd", serialization_alias="periodEnd"
    )
    """End date of the period covered by the report."""
    currency_code: str = Field(
        validation_alias="currencyCode", serialization_alias="currencyCode"
    )
    """Currency used in the settlement (e.g., USD, EUR)."""
    total_amount: PartnerSettlementReportTotalAmount = Field(
        validation_alias="totalAmount", serialization_alias="totalAmount"
    )
    """Total settlement amount."""
    total_expenses: float = Field(
        validation_alias="totalExpenses", serialization_alias="totalExpenses"
    )
    """Total expenses incurred during the settlement period."""
    total_revenue: float = Field(
        validation_alias="totalRevenue", serialization_alias="totalRevenue"
    )
    """Total revenue generated during the settlement period."""
    total_awaited_revenue: float = Field(
        validation_alias="totalAwaitedRevenue",
        serialization_alias="totalAwaitedRevenue",
    )
    """Revenue expected but not yet collected."""
    total_collected_revenue: float = Field(
        validation_alias="totalCollectedRevenue",
        serialization_alias="totalCollectedRevenue",
    )
    """Revenue collected during the settlement period."""
    total_collected_revenue_from_previous_period: float = Field(
        validation_alias="totalCollectedRevenueFromPreviousPeriod",
        serialization_alias="totalCollectedRevenueFromPreviousPeriod",
    )
    """Revenue collected during this period, but related to a previous periods."""
    total_energy_cpo_wh: float = Field(
        validation_alias="totalEnergyCpoWh", serialization_alias="totalEnergyCpoWh"
    )
    """Total amount of energy (in Wh) delivered by the Charge Point Operator."""
    total_energy_emsp_wh: float = Field(
        validation_alias="totalEnergyEmspWh", serialization_alias="totalEnergyEmspWh"
    )
    """Total amount of energy (in Wh) consumed by the EMSP."""
    supplier: PartnerSettlementReportSupplier
    """Company details for the entity supplying the service - the CPO."""
    customer: PartnerSettlementReportCustomer
    """Company details for the entity receiving the service - the Partner/EMSP."""
    download_url: str = Field(
        validation_alias="downloadUrl", serialization_alias="downloadUrl"
    )
    """Link to download the full settlement report document."""


PartnerSettlementReport.model_rebuild()
PartnerSettlementReportCustomer.model_rebuild()
PartnerSettlementReportSupplier.model_rebuild()
