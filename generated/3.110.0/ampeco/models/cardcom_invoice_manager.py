"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .ampeco_invoice_manager_invoice_type import AmpecoInvoiceManagerInvoiceType
from .partner_country import PartnerCountry

if TYPE_CHECKING:
    from ..params import AmpecoInvoiceManagerInvoiceTypeLiteral, PartnerCountryLiteral


class CardcomInvoiceManagerCompany(SDKModel):
    name: str | None = None
    email: str | None = None
    mobile_phone_number: str | None = Field(
        default=None,
        validation_alias="mobilePhoneNumber",
        serialization_alias="mobilePhoneNumber",
    )
    landline_phone_number: str | None = Field(
        default=None,
        validation_alias="landlinePhoneNumber",
        serialization_alias="landlinePhoneNumber",
    )
    tax_id: str | None = Field(
        default=None, validation_alias="taxId", serialization_alias="taxId"
    )
    country: PartnerCountry | None = None
    city: str | None = None
    postcode: str | None = None
    address: str | None = None

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            name: str | None = ...,
            email: str | None = ...,
            mobile_phone_number: str | None = ...,
            landline_phone_number: str | None = ...,
            tax_id: str | None = ...,
            country: PartnerCountry | PartnerCountryLiteral | None = ...,
            city: str | None = ...,
            postcode: str | None = ...,
            address: str | None = ...,
        ) -> None: ...


class CardcomInvoiceManagerIndividual(SDKModel):
    name: str | None = None
    email: str | None = None
    mobile_phone_number: str | None = Field(
        default=None,
        validation_alias="mobilePhoneNumber",
        serialization_alias="mobilePhoneNumber",
    )
    tax_id: str | None = Field(
        default=None, validation_alias="taxId", serialization_alias="taxId"
    )
    country: PartnerCountry | None = None
    city: str | None = None
    postcode: str | None = None
    address: str | None = None

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            name: str | None = ...,
            email: str | None = ...,
            mobile_phone_number: str | None = ...,
            tax_id: str | None = ...,
            country: PartnerCountry | PartnerCountryLiteral | None = ...,
            city: str | None = ...,
            postcode: str | None = ...,
            address: str | None = ...,
        ) -> None: ...


class CardcomInvoiceManager(SDKModel):
    """Invoice processor - Cardcom"""

    invoice_required: bool = Field(
        validation_alias="invoiceRequired", serialization_alias="invoiceRequired"
    )
    client_type: AmpecoInvoiceManagerInvoiceType | None = Field(
        validation_alias="clientType", serialization_alias="clientType"
    )
    individual: CardcomInvoiceManagerIndividual
    company: CardcomInvoiceManagerCompany

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            invoice_required: bool,
            client_type: (
                AmpecoInvoiceManagerInvoiceType
                | AmpecoInvoiceManagerInvoiceTypeLiteral
                | None
            ),
            individual: CardcomInvoiceManagerIndividual,
            company: CardcomInvoiceManagerCompany,
        ) -> None: ...


CardcomInvoiceManager.model_rebuild()
CardcomInvoiceManagerCompany.model_rebuild()
CardcomInvoiceManagerIndividual.model_rebuild()
