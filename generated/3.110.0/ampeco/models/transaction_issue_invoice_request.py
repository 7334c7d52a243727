"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .ampeco_invoice_manager_invoice_type import AmpecoInvoiceManagerInvoiceType
from .partner_country import PartnerCountry

if TYPE_CHECKING:
    from ..params import AmpecoInvoiceManagerInvoiceTypeLiteral, PartnerCountryLiteral


class TransactionIssueInvoiceRequestInvoiceDetails(SDKModel):
    """Create user invoice details"""

    invoice_type: AmpecoInvoiceManagerInvoiceType = Field(
        validation_alias="invoiceType", serialization_alias="invoiceType"
    )
    individual_name: str | None = Field(
        default=None,
        validation_alias="individualName",
        serialization_alias="individualName",
    )
    individual_personal_id: str | None = Field(
        default=None,
        validation_alias="individualPersonalId",
        serialization_alias="individualPersonalId",
    )
    individual_tax_id: str | None = Field(
        default=None,
        validation_alias="individualTaxId",
        serialization_alias="individualTaxId",
    )
    company_name: str | None = Field(
        default=None, validation_alias="companyName", serialization_alias="companyName"
    )
    company_reg_no: str | None = Field(
        default=None,
        validation_alias="companyRegNo",
        serialization_alias="companyRegNo",
    )
    company_tax_id: str | None = Field(
        default=None,
        validation_alias="companyTaxId",
        serialization_alias="companyTaxId",
    )
    company_tax_administration_office_name: str | None = Field(
        default=None,
        validation_alias="companyTaxAdministrationOfficeName",
        serialization_alias="companyTaxAdministrationOfficeName",
    )
    country: PartnerCountry | None = None
    city: str | None = None
    post_code: str | None = Field(
        default=None, validation_alias="postCode", serialization_alias="postCode"
    )
    address: str | None = None

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            invoice_type: (
                AmpecoInvoiceManagerInvoiceType | AmpecoInvoiceManagerInvoiceTypeLiteral
            ),
            individual_name: str | None = ...,
            individual_personal_id: str | None = ...,
            individual_tax_id: str | None = ...,
            company_name: str | None = ...,
            company_reg_no: str | None = ...,
            company_tax_id: str | None = ...,
            company_tax_administration_office_name: str | None = ...,
            country: PartnerCountry | PartnerCountryLiteral | None = ...,
            city: str | None = ...,
            post_code: str | None = ...,
            address: str | None = ...,
        ) -> None: ...


class TransactionIssueInvoiceRequest(SDKModel):
    email: str
    """Email address to send the invoice"""
    invoice_details: TransactionIssueInvoiceRequestInvoiceDetails = Field(
        validation_alias="invoiceDetails", serialization_alias="invoiceDetails"
    )
    """Create user invoice details"""


TransactionIssueInvoiceRequest.model_rebuild()
TransactionIssueInvoiceRequestInvoiceDetails.model_rebuild()
