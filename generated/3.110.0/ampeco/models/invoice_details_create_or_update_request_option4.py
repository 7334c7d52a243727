"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .ecpay_invoice_manager_carrier_type import EcpayInvoiceManagerCarrierType
from .ecpay_invoice_manager_invoice_type import EcpayInvoiceManagerInvoiceType
from .partner_country import PartnerCountry

if TYPE_CHECKING:
    from ..params import (
        EcpayInvoiceManagerCarrierTypeLiteral,
        EcpayInvoiceManagerInvoiceTypeLiteral,
        PartnerCountryLiteral,
    )


class InvoiceDetailsCreateOrUpdateRequestOption4(SDKModel):
    """Invoice processor - Ecpay"""

    invoice_type: EcpayInvoiceManagerInvoiceType = Field(
        validation_alias="invoiceType", serialization_alias="invoiceType"
    )
    carrier_type: EcpayInvoiceManagerCarrierType | None = Field(
        default=None, validation_alias="carrierType", serialization_alias="carrierType"
    )
    love_code: str | None = Field(
        default=None, validation_alias="loveCode", serialization_alias="loveCode"
    )
    mobile_bar_code: str | None = Field(
        default=None,
        validation_alias="mobileBarCode",
        serialization_alias="mobileBarCode",
    )
    citizen_id: str | None = Field(
        default=None, validation_alias="citizenId", serialization_alias="citizenId"
    )
    company_id: str | None = Field(
        default=None, validation_alias="companyId", serialization_alias="companyId"
    )
    name: str | None
    email: str | None
    phone: str | None
    country: PartnerCountry | None = None
    city: str | None = None
    postcode: str | None = None
    address: str | None = None

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            invoice_type: (
                EcpayInvoiceManagerInvoiceType | EcpayInvoiceManagerInvoiceTypeLiteral
            ),
            carrier_type: (
                EcpayInvoiceManagerCarrierType
                | EcpayInvoiceManagerCarrierTypeLiteral
                | None
            ) = ...,
            love_code: str | None = ...,
            mobile_bar_code: str | None = ...,
            citizen_id: str | None = ...,
            company_id: str | None = ...,
            name: str | None,
            email: str | None,
            phone: str | None,
            country: PartnerCountry | PartnerCountryLiteral | None = ...,
            city: str | None = ...,
            postcode: str | None = ...,
            address: str | None = ...,
        ) -> None: ...
