"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .partner_corporate_billing import PartnerCorporateBilling
from .partner_country import PartnerCountry
from .partner_options import PartnerOptions

if TYPE_CHECKING:
    from ..params import PartnerCountryLiteral


class PartnerDeprecated(SDKModel):
    id: int | None = None
    name: str
    reg_no: str | None = Field(
        default=None, validation_alias="regNo", serialization_alias="regNo"
    )
    vat_no: str | None = Field(
        default=None, validation_alias="vatNo", serialization_alias="vatNo"
    )
    country: PartnerCountry | None = None
    city: str | None = None
    postcode: str | None = None
    address: str | None = None
    contact_person: str | None = Field(
        default=None,
        validation_alias="contactPerson",
        serialization_alias="contactPerson",
    )
    email: str | None = None
    phone: str | None = None
    fault_notifications_email: str | None = Field(
        default=None,
        validation_alias="faultNotificationsEmail",
        serialization_alias="faultNotificationsEmail",
    )
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
            id: int | None = ...,
            name: str,
            reg_no: str | None = ...,
            vat_no: str | None = ...,
            country: PartnerCountry | PartnerCountryLiteral | None = ...,
            city: str | None = ...,
            postcode: str | None = ...,
            address: str | None = ...,
            contact_person: str | None = ...,
            email: str | None = ...,
            phone: str | None = ...,
            fault_notifications_email: str | None = ...,
            monthly_platform_fee: Decimal | None = ...,
            options: PartnerOptions | None = ...,
            corporate_billing: PartnerCorporateBilling | None = ...,
            external_id: str | None = ...,
            last_updated_at: datetime | None = ...,
        ) -> None: ...
