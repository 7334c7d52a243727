"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import SDKModel


class TariffPricingMultiIdleFeeItem(SDKModel):
    first_unit: int = Field(
        validation_alias="firstUnit", serialization_alias="firstUnit"
    )
    last_unit: int | None = Field(
        default=None, validation_alias="lastUnit", serialization_alias="lastUnit"
    )
    fee_per_unit: float | None = Field(
        default=None, validation_alias="feePerUnit", serialization_alias="feePerUnit"
    )
    flat_fee: float | None = Field(
        default=None, validation_alias="flatFee", serialization_alias="flatFee"
    )
