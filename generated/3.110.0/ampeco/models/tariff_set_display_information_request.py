"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import SDKModel


class TariffSetDisplayInformationRequest(SDKModel):
    default_price_information: str | None = Field(
        default=None,
        validation_alias="defaultPriceInformation",
        serialization_alias="defaultPriceInformation",
    )
    """The default information that would be shown on the display of the charge point without the user having authorized themselves. The default price information from the base tariff of the first EVSE would be used for the display, when the charge point has more than one EVSE."""
    default_price_information_offline: str | None = Field(
        default=None,
        validation_alias="defaultPriceInformationOffline",
        serialization_alias="defaultPriceInformationOffline",
    )
    """The information that would be shown on the display of the charge point when offline."""
    price_information: str | None = Field(
        default=None,
        validation_alias="priceInformation",
        serialization_alias="priceInformation",
    )
    """The information that would be shown on the display of the charge point for users that are eligible for this tariff."""
    total_cost_information: str | None = Field(
        default=None,
        validation_alias="totalCostInformation",
        serialization_alias="totalCostInformation",
    )
    """Additional information that would be displayed on the charge point when the session ends, along with the total fees for energy, duration and idle."""
