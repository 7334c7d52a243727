"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .electricity_rate_type import ElectricityRateType

if TYPE_CHECKING:
    from ..params import ElectricityRateTypeLiteral


class ElectricityRatesListingFilter(SDKModel):
    utility_id: int | None = Field(
        default=None, validation_alias="utilityId", serialization_alias="utilityId"
    )
    type: ElectricityRateType | None = None

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            utility_id: int | None = ...,
            type: ElectricityRateType | ElectricityRateTypeLiteral | None = ...,
        ) -> None: ...
