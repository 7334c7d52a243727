"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

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
        AmpecoInvoiceManagerRequireInvoiceEnforcedByLiteral,
        PartnerCountryLiteral,
        PartnerStateLiteral,
    )


class AmpecoInvoiceManagerRequireInvoiceEnforcedBy(OpenEnum):
    """Indicates the source that determined the final requireInvoice value. Only present when operator setting overrides user request."""

    OPERATOR_SETTING = "operator_setting"
    USER_REQUEST = "user_request"


class AmpecoInvoiceManager(SDKModel):
    """Invoice processor - Ampeco"""

    require_invoice: bool = Field(
        validation_alias="requireInvoice", serialization_alias="requireInvoice"
    )
    """Whether invoice is required for this user. Note: If the operator has 'Always collect Invoice Details' enabled in their invoice integration settings, this field will always be true regardless of the request payload value."""
    require_invoice_last_updated_at: datetime | None = Field(
        default=None,
        validation_alias="requireInvoiceLastUpdatedAt",
        serialization_alias="requireInvoiceLastUpdatedAt",
    )
    """ISO 8601 formatted date. The date is automatically updated when the value of the \"requireInvoice\" field changes."""
    require_invoice_enforced_by: AmpecoInvoiceManagerRequireInvoiceEnforcedBy | None = (
        Field(
            default=None,
            validation_alias="requireInvoiceEnforcedBy",
            serialization_alias="requireInvoiceEnforcedBy",
        )
    )
    """Indicates the source that determined the final requireInvoice value. Only present when operator setting overrides user request."""
    original_request_value: bool | None = Field(
        default=None,
        validation_alias="originalRequestValue",
        serialization_alias="originalRequestValue",
    )
    """The originally requested requireInvoice value when operator override occurred. Only present when requireInvoiceEnforcedBy is 'operator_setting'."""
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
            require_invoice_last_updated_at: datetime | None = ...,
            require_invoice_enforced_by: (
                AmpecoInvoiceManagerRequireInvoiceEnforcedBy
                | AmpecoInvoiceManagerRequireInvoiceEnforcedByLiteral
                | None
            ) = ...,
            original_request_value: bool | None = ...,
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
