"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import SDKModel


class TariffPricingMultiPricePerKwhItem(SDKModel):
    first_kwh: float = Field(
        validation_alias="firstKwh", serialization_alias="firstKwh"
    )
    last_kwh: float | None = Field(
        default=None, validation_alias="lastKwh", serialization_alias="lastKwh"
    )
    fee_per_kwh: float | None = Field(
        default=None, validation_alias="feePerKwh", serialization_alias="feePerKwh"
    )
    flat_fee: float | None = Field(
        default=None, validation_alias="flatFee", serialization_alias="flatFee"
    )
