"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import SDKModel


class SessionTotalAmount(SDKModel):
    """The `pricePerUnit` multiplied by the `quantity`."""

    with_tax: float = Field(validation_alias="withTax", serialization_alias="withTax")
    """Total cost including tax."""
    without_tax: float | None = Field(
        default=None, validation_alias="withoutTax", serialization_alias="withoutTax"
    )
    """Total cost excluding tax."""
