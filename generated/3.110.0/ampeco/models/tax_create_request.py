"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from decimal import Decimal

from pydantic import Field

from .._runtime.models import SDKModel
from .payment_terminal_option12_info_item import PaymentTerminalOption12InfoItem


class TaxCreateRequest(SDKModel):
    name: str
    display_name: list[PaymentTerminalOption12InfoItem] | None = Field(
        default=None, validation_alias="displayName", serialization_alias="displayName"
    )
    percentage: Decimal
    tax_identification_number_id: int | None = Field(
        default=None,
        validation_alias="taxIdentificationNumberId",
        serialization_alias="taxIdentificationNumberId",
    )
