"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import AmpecoModel
from .partner_country import PartnerCountry


class InvoiceDetailsCreateOrUpdateRequestOption3(AmpecoModel):
    """Invoice processor - SoftOne"""

    first_name: str = Field(
        validation_alias="firstName", serialization_alias="firstName"
    )
    last_name: str = Field(validation_alias="lastName", serialization_alias="lastName")
    email: str
    phone: str | None = None
    country: PartnerCountry | None = None
    city: str | None = None
    postcode: str | None = None
    address: str | None = None
