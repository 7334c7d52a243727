"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .ampeco_invoice_manager_invoice_type import AmpecoInvoiceManagerInvoiceType
from .partner_country import PartnerCountry
from .partner_state import PartnerState

if TYPE_CHECKING:
    from ..params import (
        AmpecoInvoiceManagerInvoiceTypeLiteral,
        PartnerCountryLiteral,
        PartnerStateLiteral,
    )


class InvoiceDetailsCreateOrUpdateRequestOption1(SDKModel):
    """Invoice processor - Ampeco"""

    require_invoice: bool = Field(
        validation_alias="requireInvoice", serialization_alias="requireInvoice"
    )
    """Whether invoice is required for this user. Note: If the operator has 'Always collect Invoice Details' enabled in their invoice integration settings, this field will always be true regardless of the request payload value."""
    invoice_type: AmpecoInvoiceManagerInvoiceType | None = Field(
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
    region: str | None = None
    """When country is not in US, AU, CA, UM or RO, you can provide the region"""
    state: PartnerState | None = None
    """When the selected country is one of US, AU, CA, UM or RO"""
    city: str | None = None
    post_code: str | None = Field(
        default=None, validation_alias="postCode", serialization_alias="postCode"
    )
    address: str | None = None

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            require_invoice: bool,
            invoice_type: (
                AmpecoInvoiceManagerInvoiceType
                | AmpecoInvoiceManagerInvoiceTypeLiteral
                | None
            ),
            individual_name: str | None = ...,
            individual_personal_id: str | None = ...,
            individual_tax_id: str | None = ...,
            company_name: str | None = ...,
            company_reg_no: str | None = ...,
            company_tax_id: str | None = ...,
            company_tax_administration_office_name: str | None = ...,
            country: PartnerCountry | PartnerCountryLiteral | None = ...,
            region: str | None = ...,
            state: PartnerState | PartnerStateLiteral | None = ...,
            city: str | None = ...,
            post_code: str | None = ...,
            address: str | None = ...,
        ) -> None: ...
