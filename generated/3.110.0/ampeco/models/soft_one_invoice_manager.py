"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .partner_country import PartnerCountry

if TYPE_CHECKING:
    from ..params import PartnerCountryLiteral


class SoftOneInvoiceManager(SDKModel):
    """Invoice processor - SoftOne"""

    first_name: str | None = Field(
        default=None, validation_alias="firstName", serialization_alias="firstName"
    )
    last_name: str | None = Field(
        default=None, validation_alias="lastName", serialization_alias="lastName"
    )
    email: str | None = None
    phone: str | None = None
    country: PartnerCountry | None = None
    city: str | None = None
    postcode: str | None = None
    address: str | None = None

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            first_name: str | None = ...,
            last_name: str | None = ...,
            email: str | None = ...,
            phone: str | None = ...,
            country: PartnerCountry | PartnerCountryLiteral | None = ...,
            city: str | None = ...,
            postcode: str | None = ...,
            address: str | None = ...,
        ) -> None: ...
