"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from .._runtime.models import OpenEnum, SDKModel

if TYPE_CHECKING:
    from ..params import (
        UpdateCustomFilterTariffRequestElementRestrictionsDayOfWeekItemLiteral,
        UpdateCustomFilterTariffRequestElementRestrictionsReservationLiteral,
        UpdateCustomTariffFilterTariffRequestElementPriceComponentTypeLiteral,
        UpdateCustomTariffFilterTariffRequestEnergyMixEnergySourceSourceLiteral,
        UpdateCustomTariffFilterTariffRequestTypeLiteral,
        UpdateCustomTariffRequestEnergyMixEnvironImpactItemCategoryLiteral,
    )


class UpdateCustomFilterTariffRequestElementRestrictionsDayOfWeekItem(OpenEnum):
    MONDAY = "MONDAY"
    TUESDAY = "TUESDAY"
    WEDNESDAY = "WEDNESDAY"
    THURSDAY = "THURSDAY"
    FRIDAY = "FRIDAY"
    SATURDAY = "SATURDAY"
    SUNDAY = "SUNDAY"


class UpdateCustomFilterTariffRequestElementRestrictionsReservation(OpenEnum):
    """When this restriction is present, the tariff element applies to a reservation."""

    RESERVATION = "RESERVATION"
    RESERVATION_EXPIRES = "RESERVATION_EXPIRES"


class UpdateCustomTariffFilterTariffRequestElementPriceComponentType(OpenEnum):
    """Type of tariff dimension."""

    ENERGY = "ENERGY"
    FLAT = "FLAT"
    PARKING_TIME = "PARKING_TIME"
    TIME = "TIME"


class UpdateCustomTariffFilterTariffRequestEnergyMixEnergySourceSource(OpenEnum):
    """Type of energy source."""

    NUCLEAR = "NUCLEAR"
    GENERAL_FOSSIL = "GENERAL_FOSSIL"
    COAL = "COAL"
    GAS = "GAS"
    GENERAL_GREEN = "GENERAL_GREEN"
    SOLAR = "SOLAR"
    WIND = "WIND"
    WATER = "WATER"


class UpdateCustomTariffFilterTariffRequestType(OpenEnum):
    """Type of this tariff."""

    AD_HOC_PAYMENT = "AD_HOC_PAYMENT"
    PROFILE_CHEAP = "PROFILE_CHEAP"
    PROFILE_FAST = "PROFILE_FAST"
    PROFILE_GREEN = "PROFILE_GREEN"
    REGULAR = "REGULAR"


class UpdateCustomTariffRequestEnergyMixEnvironImpactItemCategory(OpenEnum):
    """Environmental impact category."""

    NUCLEAR_WASTE = "NUCLEAR_WASTE"
    CARBON_DIOXIDE = "CARBON_DIOXIDE"


class UpdateCustomTariffFilterTariffRequestElementPriceComponent(SDKModel):
    type: UpdateCustomTariffFilterTariffRequestElementPriceComponentType
    """Type of tariff dimension."""
    price: float
    """Price per unit (excluding VAT) for this tariff dimension."""
    vat: float | None = None
    """Applicable VAT percentage for this tariff dimension. If omitted, no VAT is applicable."""
    step_size: int
    """Minimum amount to be billed. This unit will be billed in this step_size."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            type: (
                UpdateCustomTariffFilterTariffRequestElementPriceComponentType
                | UpdateCustomTariffFilterTariffRequestElementPriceComponentTypeLiteral
            ),
            price: float,
            vat: float | None = ...,
            step_size: int,
        ) -> None: ...


class UpdateCustomTariffFilterTariffRequestElementRestrictions(SDKModel):
    """Restrictions that apply to this tariff element."""

    start_time: str | None = None
    """Start time of day in local time, the time zone is defined in the location."""
    end_time: str | None = None
    """End time of day in local time, the time zone is defined in the location."""
    start_date: date | None = None
    """Start date in local time, the time zone is defined in the location."""
    end_date: date | None = None
    """End date in local time, the time zone is defined in the location."""
    min_kwh: float | None = None
    """Minimum consumed energy in kWh."""
    max_kwh: float | None = None
    """Maximum consumed energy in kWh."""
    min_current: float | None = None
    """Sum of the minimum current (in Amperes) over all phases."""
    max_current: float | None = None
    """Sum of the maximum current (in Amperes) over all phases."""
    min_power: float | None = None
    """Minimum power in kW."""
    max_power: float | None = None
    """Maximum power in kW."""
    min_duration: int | None = None
    """Minimum duration in seconds."""
    max_duration: int | None = None
    """Maximum duration in seconds."""
    day_of_week: (
        list[UpdateCustomFilterTariffRequestElementRestrictionsDayOfWeekItem] | None
    ) = None
    """Which day(s) of the week this tariff element is active."""
    reservation: (
        UpdateCustomFilterTariffRequestElementRestrictionsReservation | None
    ) = None
    """When this restriction is present, the tariff element applies to a reservation."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            start_time: str | None = ...,
            end_time: str | None = ...,
            start_date: date | None = ...,
            end_date: date | None = ...,
            min_kwh: float | None = ...,
            max_kwh: float | None = ...,
            min_current: float | None = ...,
            max_current: float | None = ...,
            min_power: float | None = ...,
            max_power: float | None = ...,
            min_duration: int | None = ...,
            max_duration: int | None = ...,
            day_of_week: (
                list[
                    UpdateCustomFilterTariffRequestElementRestrictionsDayOfWeekItem
                    | UpdateCustomFilterTariffRequestElementRestrictionsDayOfWeekItemLiteral
                ]
                | None
            ) = ...,
            reservation: (
                UpdateCustomFilterTariffRequestElementRestrictionsReservation
                | UpdateCustomFilterTariffRequestElementRestrictionsReservationLiteral
                | None
            ) = ...,
        ) -> None: ...


class UpdateCustomTariffFilterTariffRequestElement(SDKModel):
    price_components: list[UpdateCustomTariffFilterTariffRequestElementPriceComponent]
    """List of price components that describe the pricing of this tariff element."""
    restrictions: UpdateCustomTariffFilterTariffRequestElementRestrictions | None = None
    """Restrictions that apply to this tariff element."""


class UpdateCustomTariffFilterTariffRequestEnergyMixEnergySource(SDKModel):
    source: UpdateCustomTariffFilterTariffRequestEnergyMixEnergySourceSource
    """Type of energy source."""
    percentage: float
    """Percentage of this source in the mix."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            source: (
                UpdateCustomTariffFilterTariffRequestEnergyMixEnergySourceSource
                | UpdateCustomTariffFilterTariffRequestEnergyMixEnergySourceSourceLiteral
            ),
            percentage: float,
        ) -> None: ...


class UpdateCustomTariffFilterTariffRequestEnergyMixEnvironImpactItem(SDKModel):
    category: UpdateCustomTariffRequestEnergyMixEnvironImpactItemCategory
    """Environmental impact category."""
    amount: float
    """Amount of this impact in g/kWh."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            category: (
                UpdateCustomTariffRequestEnergyMixEnvironImpactItemCategory
                | UpdateCustomTariffRequestEnergyMixEnvironImpactItemCategoryLiteral
            ),
            amount: float,
        ) -> None: ...


class UpdateCustomTariffFilterTariffRequestEnergyMix(SDKModel):
    """Details about the energy mix."""

    is_green_energy: bool | None = None
    """True if 100% from regenerative sources."""
    energy_sources: (
        list[UpdateCustomTariffFilterTariffRequestEnergyMixEnergySource] | None
    ) = None
    """Energy sources of this energy mix."""
    environ_impact: (
        list[UpdateCustomTariffFilterTariffRequestEnergyMixEnvironImpactItem] | None
    ) = None
    """Environmental impact of this energy mix."""
    supplier_name: str | None = None
    """Name of the energy supplier."""
    energy_product_name: str | None = None
    """Name of the energy product."""


class UpdateCustomTariffFilterTariffRequestMaxPrice(SDKModel):
    """Price with VAT excluded and included."""

    excl_vat: float | None = None
    """Price excluding VAT."""
    incl_vat: float | None = None
    """Price including VAT."""


class UpdateCustomTariffFilterTariffRequestTariffAltTextItem(SDKModel):
    language: str
    """Language Code ISO 639-1."""
    text: str
    """Alternative tariff text in this language."""


class UpdateCustomTariffFilterTariffRequest(SDKModel):
    country_code: str | None = None
    """ISO-3166 alpha-2 country code of the CPO that owns this Tariff."""
    party_id: str | None = None
    """ID of the CPO that owns this Tariff (following the ISO-15118 standard)."""
    id: str
    """Uniquely identifies the tariff within the CPO's platform."""
    currency: str
    """ISO 4217 code of the currency of this tariff."""
    type: UpdateCustomTariffFilterTariffRequestType | None = None
    """Type of this tariff."""
    tariff_alt_text: (
        list[UpdateCustomTariffFilterTariffRequestTariffAltTextItem] | None
    ) = None
    """List of multi-language alternative texts for this tariff."""
    tariff_alt_url: str | None = None
    """URL to a web page that contains an explanation of the tariff information."""
    min_price: UpdateCustomTariffFilterTariffRequestMaxPrice | None = None
    """Price with VAT excluded and included."""
    max_price: UpdateCustomTariffFilterTariffRequestMaxPrice | None = None
    """Price with VAT excluded and included."""
    elements: list[UpdateCustomTariffFilterTariffRequestElement]
    """List of Tariff Elements."""
    start_date_time: datetime | None = None
    """The time when this tariff becomes active. Format ISO 8601 UTC."""
    end_date_time: datetime | None = None
    """The time after which this tariff is no longer valid. Format ISO 8601 UTC."""
    energy_mix: UpdateCustomTariffFilterTariffRequestEnergyMix | None = None
    """Details about the energy mix."""
    last_updated: datetime
    """Timestamp when this Tariff was last updated. Format ISO 8601 UTC."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            country_code: str | None = ...,
            party_id: str | None = ...,
            id: str,
            currency: str,
            type: (
                UpdateCustomTariffFilterTariffRequestType
                | UpdateCustomTariffFilterTariffRequestTypeLiteral
                | None
            ) = ...,
            tariff_alt_text: (
                list[UpdateCustomTariffFilterTariffRequestTariffAltTextItem] | None
            ) = ...,
            tariff_alt_url: str | None = ...,
            min_price: UpdateCustomTariffFilterTariffRequestMaxPrice | None = ...,
            max_price: UpdateCustomTariffFilterTariffRequestMaxPrice | None = ...,
            elements: list[UpdateCustomTariffFilterTariffRequestElement],
            start_date_time: datetime | None = ...,
            end_date_time: datetime | None = ...,
            energy_mix: UpdateCustomTariffFilterTariffRequestEnergyMix | None = ...,
            last_updated: datetime,
        ) -> None: ...


UpdateCustomTariffFilterTariffRequest.model_rebuild()
UpdateCustomTariffFilterTariffRequestElement.model_rebuild()
UpdateCustomTariffFilterTariffRequestElementPriceComponent.model_rebuild()
UpdateCustomTariffFilterTariffRequestElementRestrictions.model_rebuild()
UpdateCustomTariffFilterTariffRequestEnergyMix.model_rebuild()
UpdateCustomTariffFilterTariffRequestEnergyMixEnergySource.model_rebuild()
UpdateCustomTariffFilterTariffRequestEnergyMixEnvironImpactItem.model_rebuild()
UpdateCustomTariffFilterTariffRequestMaxPrice.model_rebuild()
UpdateCustomTariffFilterTariffRequestTariffAltTextItem.model_rebuild()
