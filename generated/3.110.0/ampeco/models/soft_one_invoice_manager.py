"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import AmpecoModel
from .partner_country import PartnerCountry


class SoftOneInvoiceManager(AmpecoModel):
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
