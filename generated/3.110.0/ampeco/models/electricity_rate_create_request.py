"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from decimal import Decimal

from pydantic import Field

from .._runtime.models import SDKModel


class ElectricityRateCreateRequest(SDKModel):
    name: str
    utility_id: int | None = Field(
        default=None, validation_alias="utilityId", serialization_alias="utilityId"
    )
    """The id of the utility providing the electricity. Configured in the Ampeco admin panel."""
    default_price: Decimal = Field(
        validation_alias="defaultPrice", serialization_alias="defaultPrice"
    )
    """The default price per kWh, which will be applied if there is no pricing supplied for a time interval.
    Prices of all electricity rates created through the Public API or tha Ampeco admin panel must include the tax in the price.
    Price per kWh.
    """
    tax_percentage: float | None = Field(
        validation_alias="taxPercentage", serialization_alias="taxPercentage"
    )
    """This field is used only to indicate the applied tax. All Electricity Rate prices should be provided with the tax included in the price."""
