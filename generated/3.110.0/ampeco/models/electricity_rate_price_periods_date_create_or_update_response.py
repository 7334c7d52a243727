"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import SDKModel
from .electricity_rate_price_period_option2 import ElectricityRatePricePeriodOption2
from .electricity_rate_price_periods_date_create_or_update_response_links import (
    ElectricityRatePricePeriodsDateCreateOrUpdateResponseLinks,
)
from .electricity_rate_price_periods_date_create_or_update_response_meta import (
    ElectricityRatePricePeriodsDateCreateOrUpdateResponseMeta,
)


class ElectricityRatePricePeriodsDateCreateOrUpdateResponse(SDKModel):
    data: ElectricityRatePricePeriodOption2 | None = None
    links: ElectricityRatePricePeriodsDateCreateOrUpdateResponseLinks | None = None
    meta: ElectricityRatePricePeriodsDateCreateOrUpdateResponseMeta | None = None
