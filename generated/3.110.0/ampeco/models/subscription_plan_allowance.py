"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import OpenEnum, SDKModel
from .partner_country import PartnerCountry

if TYPE_CHECKING:
    from ..params import (
        PartnerCountryLiteral,
        SubscriptionPlanAllowanceResetCycleLiteral,
        SubscriptionPlanAllowanceTypeLiteral,
    )


class SubscriptionPlanAllowanceResetCycle(OpenEnum):
    AS_RENEWAL_CYCLE = "as_renewal_cycle"
    AFTER_EACH_SESSION = "after_each_session"
    AFTER_24_HOURS = "after_24_hours"
    AFTER_EACH_WEEK = "after_each_week"
    AFTER_EACH_MONTH = "after_each_month"
    AFTER_EACH_YEAR = "after_each_year"


class SubscriptionPlanAllowanceType(OpenEnum):
    NONE = "none"
    COMBINED = "combined"
    SEPARATE = "separate"


class SubscriptionPlanAllowance(SDKModel):
    reset_cycle: SubscriptionPlanAllowanceResetCycle | None = Field(
        default=None, validation_alias="resetCycle", serialization_alias="resetCycle"
    )
    type: SubscriptionPlanAllowanceType | None = None
    home_chargers_only: bool | None = Field(
        default=False,
        validation_alias="homeChargersOnly",
        serialization_alias="homeChargersOnly",
    )
    """When true the allowance can only be used on the home charge points owned by the user. In that case all other allowance restrictions have no effect ."""
    included_countries: list[PartnerCountry] | None = Field(
        default=None,
        validation_alias="includedCountries",
        serialization_alias="includedCountries",
    )
    """The allowance can only be used on charge points in countries in this list. When empty the allowance is valid for charge points in all countries, except the ones explicitly listed in the excludedCountries."""
    excluded_countries: list[PartnerCountry] | None = Field(
        default=None,
        validation_alias="excludedCountries",
        serialization_alias="excludedCountries",
    )
    """The allowance cannot be used on charge points in the countries in this list."""
    exclude_roaming: bool | None = Field(
        default=False,
        validation_alias="excludeRoaming",
        serialization_alias="excludeRoaming",
    )
    """When true the allowance cannot be used on roaming charge points."""
    included_partner_charge_points: list[int] | None = Field(
        default=None,
        validation_alias="includedPartnerChargePoints",
        serialization_alias="includedPartnerChargePoints",
    )
    """An array of Partner IDs. The allowance can only be used on charge points of Partners in this list. When empty the allowance is valid for charge points of any Partner, except the ones explicitly listed in the excludedPartnerChargePoints."""
    excluded_partner_charge_points: list[int] | None = Field(
        default=None,
        validation_alias="excludedPartnerChargePoints",
        serialization_alias="excludedPartnerChargePoints",
    )
    """An array of Partner IDs. The allowance cannot be used on charge points of Partners in this list."""
    combined: int | None = None
    """The amount of kWh included - combined for AC and DC, should be provided if the type is combined."""
    ac: int | None = None
    """The amount of kWh included for AC, should be provided if the type is separate."""
    dc: int | None = None
    """The amount of kWh included for DC, should be provided if the type is separate."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            reset_cycle: (
                SubscriptionPlanAllowanceResetCycle
                | SubscriptionPlanAllowanceResetCycleLiteral
                | None
            ) = ...,
            type: (
                SubscriptionPlanAllowanceType
                | SubscriptionPlanAllowanceTypeLiteral
                | None
            ) = ...,
            home_chargers_only: bool | None = ...,
            included_countries: (
                list[PartnerCountry | PartnerCountryLiteral] | None
            ) = ...,
            excluded_countries: (
                list[PartnerCountry | PartnerCountryLiteral] | None
            ) = ...,
            exclude_roaming: bool | None = ...,
            included_partner_charge_points: list[int] | None = ...,
            excluded_partner_charge_points: list[int] | None = ...,
            combined: int | None = ...,
            ac: int | None = ...,
            dc: int | None = ...,
        ) -> None: ...
