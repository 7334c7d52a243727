"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import SDKModel


class ElectricityRatesListingDeprecatedFilter(SDKModel):
    utility_id: int | None = Field(
        default=None, validation_alias="utilityId", serialization_alias="utilityId"
    )
