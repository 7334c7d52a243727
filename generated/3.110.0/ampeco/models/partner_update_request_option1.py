"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from decimal import Decimal
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .partner_contact_details import PartnerContactDetails
from .partner_corporate_billing import PartnerCorporateBilling
from .partner_country import PartnerCountry
from .partner_notifications import PartnerNotifications
from .partner_options import PartnerOptions
from .partner_state import PartnerState
from .user_bank_details import UserBankDetails

if TYPE_CHECKING:
    from ..params import PartnerCountryLiteral, PartnerStateLiteral


class PartnerUpdateRequestOption1(SDKModel):
    business_name: str | None = Field(
        default=None,
        validation_alias="businessName",
        serialization_alias="businessName",
    )
    """The Partner's business name is used when showing the name of the Partner to EV drivers and admin users."""
    name: str | None = None
    """Company name of the Partner"""
    reg_no: str | None = Field(
        default=None, validation_alias="regNo", serialization_alias="regNo"
    )
    vat_no: str | None = Field(
        default=None, validation_alias="vatNo", serialization_alias="vatNo"
    )
    address: str | None = None
    postcode: str | None = None
    city: str | None = None
    country: PartnerCountry | None = None
    region: str | None = None
    """When country is not in US, AU, CA, UM or RO, you can provide the region"""
    state: PartnerState | None = None
    """When the selected country is one of US, AU, CA, UM or RO"""
    contact_details: PartnerContactDetails | None = Field(
        default=None,
        validation_alias="contactDetails",
        serialization_alias="contactDetails",
    )
    notifications: PartnerNotifications | None = None
    monthly_platform_fee: Decimal | None = Field(
        default=None,
        validation_alias="monthlyPlatformFee",
        serialization_alias="monthlyPlatformFee",
    )
    options: PartnerOptions | None = None
    corporate_billing: PartnerCorporateBilling | None = Field(
        default=None,
        validation_alias="corporateBilling",
        serialization_alias="corporateBilling",
    )
    external_id: str | None = Field(
        default=None, validation_alias="externalId", serialization_alias="externalId"
    )
    """Third party identifier of the partner"""
    bank_details: UserBankDetails | None = Field(
        default=None, validation_alias="bankDetails", serialization_alias="bankDetails"
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            business_name: str | None = ...,
            name: str | None = ...,
            reg_no: str | None = ...,
            vat_no: str | None = ...,
            address: str | None = ...,
            postcode: str | None = ...,
            city: str | None = ...,
            country: PartnerCountry | PartnerCountryLiteral | None = ...,
            region: str | None = ...,
            state: PartnerState | PartnerStateLiteral | None = ...,
            contact_details: PartnerContactDetails | None = ...,
            notifications: PartnerNotifications | None = ...,
            monthly_platform_fee: Decimal | None = ...,
            options: PartnerOptions | None = ...,
            corporate_billing: PartnerCorporateBilling | None = ...,
            external_id: str | None = ...,
            bank_details: UserBankDetails | None = ...,
        ) -> None: ...
