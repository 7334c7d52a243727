"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from typing import Annotated, TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .electricity_rate_deprecated_interval_pricing_item import (
    ElectricityRateDeprecatedIntervalPricingItem,
)
from .electricity_rate_deprecated_interval_special_pricing_item import (
    ElectricityRateDeprecatedIntervalSpecialPricingItem,
)
from .electricity_rate_deprecated_pricing_granularity_in_minutes import (
    ElectricityRateDeprecatedPricingGranularityInMinutes,
)

if TYPE_CHECKING:
    from ..params import ElectricityRateDeprecatedPricingGranularityInMinutesLiteral


class ElectricityRateDeprecated(SDKModel):
    id: int | None = None
    name: str
    utility_id: int | None = Field(
        default=None, validation_alias="utilityId", serialization_alias="utilityId"
    )
    pricing_granularity_in_minutes: Annotated[
        ElectricityRateDeprecatedPricingGranularityInMinutes,
        Field(
            validation_alias="pricingGranularityInMinutes",
            serialization_alias="pricingGranularityInMinutes",
        ),
    ]
    default_price_per_kwh: float = Field(
        validation_alias="defaultPricePerKwh", serialization_alias="defaultPricePerKwh"
    )
    """If there is no pricing supplied for a time interval or no time interval at all, this price would be used."""
    tax_id: int | None = Field(
        default=None,
        validation_alias="taxId",
        serialization_alias="taxId",
        deprecated="ElectricityRateDeprecated.tax_id is deprecated; use tax_percentage instead",
    )
    """Deprecated! Please use `taxPercentage` instead! This field is used only to indicate the applied tax. All Electricity Rate prices should be supplied including the tax."""
    tax_percentage: float | None = Field(
        default=None,
        validation_alias="taxPercentage",
        serialization_alias="taxPercentage",
    )
    """This field is used only to indicate the applied tax. All Electricity Rate prices should be supplied including the tax."""
    interval_pricing: list[ElectricityRateDeprecatedIntervalPricingItem] | None = Field(
        default=None,
        validation_alias="intervalPricing",
        serialization_alias="intervalPricing",
    )
    """The time interval must be always the same for every single day through the week and could be either 15 min, 30 min or 60 min. The startAt and endAt must comply with this restriction."""
    interval_special_pricing: (
        list[ElectricityRateDeprecatedIntervalSpecialPricingItem] | None
    ) = Field(
        default=None,
        validation_alias="intervalSpecialPricing",
        serialization_alias="intervalSpecialPricing",
    )
    """The same time interval as in intervalPricing must be used. The startAt and endAt must comply with this restriction."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: int | None = ...,
            name: str,
            utility_id: int | None = ...,
            pricing_granularity_in_minutes: (
                ElectricityRateDeprecatedPricingGranularityInMinutes
                | ElectricityRateDeprecatedPricingGranularityInMinutesLiteral
            ),
            default_price_per_kwh: float,
            tax_id: int | None = ...,
            tax_percentage: float | None = ...,
            interval_pricing: (
                list[ElectricityRateDeprecatedIntervalPricingItem] | None
            ) = ...,
            interval_special_pricing: (
                list[ElectricityRateDeprecatedIntervalSpecialPricingItem] | None
            ) = ...,
        ) -> None: ...
