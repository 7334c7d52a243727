"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import AmpecoModel
from .ecpay_invoice_manager_carrier_type import EcpayInvoiceManagerCarrierType
from .ecpay_invoice_manager_invoice_type import EcpayInvoiceManagerInvoiceType
from .partner_country import PartnerCountry


class InvoiceDetailsCreateOrUpdateRequestOption4(AmpecoModel):
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
