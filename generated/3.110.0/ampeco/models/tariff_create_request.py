"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from __future__ import annotations

from datetime import time
from decimal import Decimal
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .electricity_rate_price_period_option1_period import (
    ElectricityRatePricePeriodOption1Period,
)
from .tariff_partner import TariffPartner
from .tariff_pricing_average_power_level import TariffPricingAveragePowerLevel
from .tariff_pricing_days_when_applied_item import TariffPricingDaysWhenAppliedItem
from .tariff_pricing_multi_idle_fee_item import TariffPricingMultiIdleFeeItem
from .tariff_pricing_multi_price_per_kwh_item import TariffPricingMultiPricePerKwhItem
from .tariff_pricing_peak_power_level import TariffPricingPeakPowerLevel
from .tariff_pricing_price_period_in_minutes import TariffPricingPricePeriodInMinutes
from .tariff_pricing_price_periods import TariffPricingPricePeriods
from .tariff_pricing_state_of_charge_idle_threshold import (
    TariffPricingStateOfChargeIdleThreshold,
)
from .tariff_pricing_time_period import TariffPricingTimePeriod
from .tariff_restrictions import TariffRestrictions
from .tariff_set_display_information_request import TariffSetDisplayInformationRequest
from .tariff_stop_session import TariffStopSession
from .tariff_type import TariffType

if TYPE_CHECKING:
    from ..params import (
        TariffPricingPricePeriodInMinutesLiteral,
        TariffPricingStateOfChargeIdleThresholdLiteral,
        TariffTypeLiteral,
    )


class TariffCreateRequestPricingFlexibleMarkUpAsFixedPerKwh(SDKModel):
    """Set a different fixed markup for different time slots along the day. Applicable for `energy tou` only."""

    default_price: float | None = Field(
        default=0.0, validation_alias="defaultPrice", serialization_alias="defaultPrice"
    )
    """Set price for the intervals not specified in `intervalPricing` field."""
    interval_pricing: list[ElectricityRatePricePeriodOption1Period] | None = Field(
        default=None,
        validation_alias="intervalPricing",
        serialization_alias="intervalPricing",
    )
    """The time interval must be always the same and should not exceed the 24-hour mark. It could be either 15 min, 30 min or 60 min. The startAt and endAt must comply with this restriction."""


class TariffCreateRequestPricing(SDKModel):
    price_per_session: Decimal | None = Field(
        default=None,
        validation_alias="pricePerSession",
        serialization_alias="pricePerSession",
    )
    """Price per session. Only applicable with flat rate tariffs. Up to 5 digits after the decimal point depending on the currency precision."""
    connection_fee: Decimal | None = Field(
        default=None,
        validation_alias="connectionFee",
        serialization_alias="connectionFee",
    )
    """Connection fee. A fixed fee that is applied at the start of the charging session. Up to 5 digits after the decimal point depending on the currency precision."""
    price_per_kwh: Decimal | None = Field(
        default=None, validation_alias="pricePerKwh", serialization_alias="pricePerKwh"
    )
    """Price per kWh. Up to 5 digits after the decimal point depending on the currency precision."""
    day_price_per_kwh: Decimal | None = Field(
        default=None,
        validation_alias="dayPricePerKwh",
        serialization_alias="dayPricePerKwh",
    )
    """Price per kWh during the day. Applicable for duration+energy time of day. Up to 5 digits after the decimal point depending on the currency precision."""
    night_price_per_kwh: Decimal | None = Field(
        default=None,
        validation_alias="nightPricePerKwh",
        serialization_alias="nightPricePerKwh",
    )
    """Price per kWh during the night. Applicable for duration+energy time of day. Up to 5 digits after the decimal point depending on the currency precision."""
    price_period_in_minutes: TariffPricingPricePeriodInMinutes | None = Field(
        default=None,
        validation_alias="pricePeriodInMinutes",
        serialization_alias="pricePeriodInMinutes",
    )
    """Charging period. In minutes. It defines the time-period for charging a fee. Example: If you select 15min then the EV-driver will be charged at the start of every 15min of EV-charging. Applicable for duration+energy and duration+energy time of day"""
    price_per_period: Decimal | None = Field(
        default=None,
        validation_alias="pricePerPeriod",
        serialization_alias="pricePerPeriod",
    )
    """Charging fee per period. Applicable for duration+energy. Up to 5 digits after the decimal point depending on the currency precision."""
    duration_fee_limit: Decimal | None = Field(
        default=None,
        validation_alias="durationFeeLimit",
        serialization_alias="durationFeeLimit",
    )
    """Duration fee limit for the whole session if fee is applied."""
    day_price_per_period: Decimal | None = Field(
        default=None,
        validation_alias="dayPricePerPeriod",
        serialization_alias="dayPricePerPeriod",
    )
    """Charging fee per period during the day. Applicable for duration+energy time of day. Up to 5 digits after the decimal point depending on the currency precision."""
    night_price_per_period: Decimal | None = Field(
        default=None,
        validation_alias="nightPricePerPeriod",
        serialization_alias="nightPricePerPeriod",
    )
    """Charging fee per period during the night. Applicable for duration+energy time of day. Up to 5 digits after the decimal point depending on the currency precision."""
    day_idle_fee_per_minute: Decimal | None = Field(
        default=None,
        validation_alias="dayIdleFeePerMinute",
        serialization_alias="dayIdleFeePerMinute",
    )
    """Charging fee per minute during the day. Applicable for duration+energy time of day. Up to 5 digits after the decimal point depending on the currency precision."""
    night_idle_fee_per_minute: Decimal | None = Field(
        default=None,
        validation_alias="nightIdleFeePerMinute",
        serialization_alias="nightIdleFeePerMinute",
    )
    """Charging fee per minute during the night. Applicable for duration+energy time of day. Up to 5 digits after the decimal point depending on the currency precision."""
    idle_fee_per_minute: Decimal | None = Field(
        default=None,
        validation_alias="idleFeePerMinute",
        serialization_alias="idleFeePerMinute",
    )
    """Idle fee per minute. A fee per minute that is applied during idle period (no charging). Up to 5 digits after the decimal point depending on the currency precision."""
    idle_fee_grace_period_minutes: Decimal | None = Field(
        default=None,
        validation_alias="idleFeeGracePeriodMinutes",
        serialization_alias="idleFeeGracePeriodMinutes",
    )
    """Idle fee grace period (min). Optional. When idle period (no charging) is detected during a session the user is given this grace period to remove the vehicle, before idle fee starts applying. Up to 5 digits after the decimal point depending on the currency precision."""
    idle_pricing_period_in_minutes: TariffPricingPricePeriodInMinutes | None = Field(
        default=None,
        validation_alias="idlePricingPeriodInMinutes",
        serialization_alias="idlePricingPeriodInMinutes",
    )
    """Idle fee per minute. A fee per minute that is applied during idle period (no charging)."""
    idle_fee_period_start: time | None = Field(
        default=None,
        validation_alias="idleFeePeriodStart",
        serialization_alias="idleFeePeriodStart",
    )
    """Defined start time for the application of idle fee."""
    idle_fee_period_end: time | None = Field(
        default=None,
        validation_alias="idleFeePeriodEnd",
        serialization_alias="idleFeePeriodEnd",
    )
    """Defined end time for the application of idle fee."""
    idle_fee_limit: Decimal | None = Field(
        default=None,
        validation_alias="idleFeeLimit",
        serialization_alias="idleFeeLimit",
    )
    """Idle fee limit for the whole session if fee is applied."""
    connection_fee_minimum_session_duration: int | None = Field(
        default=None,
        validation_alias="connectionFeeMinimumSessionDuration",
        serialization_alias="connectionFeeMinimumSessionDuration",
    )
    """Connection Fee Minimum Session Duration (min). Optional."""
    connection_fee_minimum_session_energy: Decimal | None = Field(
        default=None,
        validation_alias="connectionFeeMinimumSessionEnergy",
        serialization_alias="connectionFeeMinimumSessionEnergy",
    )
    """Connection Fee Minimum Session Energy (kWh). Optional. Up to 5 digits after the decimal point depending on the currency precision."""
    duration_fee_grace_period: int | None = Field(
        default=None,
        validation_alias="durationFeeGracePeriod",
        serialization_alias="durationFeeGracePeriod",
    )
    """Duration Fee Grace Period (min). Optional."""
    min_price: Decimal | None = Field(
        default=None, validation_alias="minPrice", serialization_alias="minPrice"
    )
    """Min. price. Sets a minimum total amount per session. This is helpful in the case your payment service provider has a minimum transaction size or high transaction fees and you want to make sure to have a positive ROI per transaction. Up to 5 digits after the decimal point depending on the currency precision."""
    pre_authorize_amount: Decimal | None = Field(
        default=None,
        validation_alias="preAuthorizeAmount",
        serialization_alias="preAuthorizeAmount",
    )
    """Pre-authorize amount. The amount to pre-authorize before starting a session. Up to 5 digits after the decimal point depending on the currency precision."""
    tax_id: int | None = Field(
        default=None,
        validation_alias="taxID",
        serialization_alias="taxID",
        deprecated="TariffCreateRequestPricing.tax_id is deprecated",
    )
    """Deprecated.

    If Multi-tax Support has been enabled in the Ampeco.CHARGE settings, you can provide the taxId for the tariff here. If you do not provide a value or provide `null`, the Default tax will be used.

    If Multi-tax Support has not been enabled, any provided value will be ignored.
    """
    charge_point_electricity_rate: bool | None = Field(
        default=None,
        validation_alias="chargePointElectricityRate",
        serialization_alias="chargePointElectricityRate",
    )
    """Use the Electricity Rate of the Charge Point that is already attached and aims to track the electricity costs."""
    fallback_electricity_rate_id: int | None = Field(
        default=None,
        validation_alias="fallbackElectricityRateId",
        serialization_alias="fallbackElectricityRateId",
    )
    """When ChargePointElectricityRate is set to *false*, the Electricity Rate ID MUST be supplied in order the electricity rates for the tariff to be known."""
    markup_percentage_per_kwh: float | None = Field(
        default=None,
        validation_alias="markupPercentagePerKwh",
        serialization_alias="markupPercentagePerKwh",
    )
    markup_fixed_fee_per_kwh: float | None = Field(
        default=None,
        validation_alias="markupFixedFeePerKwh",
        serialization_alias="markupFixedFeePerKwh",
    )
    flexible_mark_up_as_fixed_per_kwh: (
        TariffCreateRequestPricingFlexibleMarkUpAsFixedPerKwh | None
    ) = Field(
        default=None,
        validation_alias="flexibleMarkUpAsFixedPerKwh",
        serialization_alias="flexibleMarkUpAsFixedPerKwh",
    )
    """Set a different fixed markup for different time slots along the day. Applicable for `energy tou` only."""
    multi_price_per_kwh: list[TariffPricingMultiPricePerKwhItem] | None = Field(
        default=None,
        validation_alias="multiPricePerKwh",
        serialization_alias="multiPricePerKwh",
    )
    """Create the price levels according to the kWh. <br />
    The first level must have zero value for **firstKwh**. <br />
    The last level must have an infinity value for **lastKwh**. <br />
    The **fisrtKwh** value on the current level must be equal to the **lastKwh** value on the previous one. <br />
    Instead of using a price per kWh there is the option for a flat fee per level.

    An example of price levels for kWh is given in the table below.

    | First kWh  | Last kWh   | Fee per kWh | Flat Fee    |
    | --------- | ------------| ------------|------------ |
    | 0         | 5.00        | 0.00        | 2.00        |
    | 5.00      | 10.00       | 0.35        | 0.00        |
    | 10.00     | null        | 0.40        | 0.00        |

    Applicable for standard tariff.
    """
    multi_price_per_duration: list[TariffPricingMultiIdleFeeItem] | None = Field(
        default=None,
        validation_alias="multiPricePerDuration",
        serialization_alias="multiPricePerDuration",
    )
    """Create the price levels according to the duration of the session from the time the charging started.  <br />
    The first level must have zero value for **firstUnit**. <br />
    The last level must have an infinity value for **lastUnit**.  <br />
    The **firstUnit** value on the current level must be greater with one unit from the **lastUnit** value on the previous level. <br />
    The Unit is created in the **pricePeriodInMinutes** property, the default one is 15 min.  <br />
    There is the option of applying a flat fee per each level separately.  <br />

    An example of price levels for duration is given in the table below.

    | First Unit  | Last Unit   | Fee per Unit | Flat Fee    |
    | ----------- | ------------| -------------|------------ |
    | 0           | 8           | 0.50         | 0.00        |
    | 9           | 24          | 0.55         | 0.00        |
    | 25          | null        | 0.00         | 10.00       |

    Applicable for standard tariff.
    """
    multi_idle_fee: list[TariffPricingMultiIdleFeeItem] | None = Field(
        default=None,
        validation_alias="multiIdleFee",
        serialization_alias="multiIdleFee",
    )
    """Different price levels could be created depending on the duration of the idle period. <br />
    The first level must have zero value for **firstUnit**. <br />
    The last level must have an infinity value for **lastUnit**.  <br />
    The **firstUnit** value on the current level must be greater with one unit from the **lastUnit** value on the previous level. <br />
    The Unit is created in the **pricePeriodInMinutes** property, the default one is 15 min. <br />
    There is the option of applying a flat fee per each level separately. <br />

    An example of price levels for idle periods is given in the table below.

    | First Unit  | Last Unit   | Fee per Unit | Flat Fee    |
    | ----------- | ------------| -------------|------------ |
    | 0           | 2           | 0.30         | 0.00        |
    | 3           | 6           | 0.40         | 0.00        |
    | 7           | null        | 0.00         | 0.00        |

    Applicable for standard tariff.
    """
    regular_use_period: float | None = Field(
        default=None,
        validation_alias="regularUsePeriod",
        serialization_alias="regularUsePeriod",
    )
    """In minutes. Only for the Peak power level tariff."""
    average_power_levels: list[TariffPricingAveragePowerLevel] | None = Field(
        default=None,
        validation_alias="averagePowerLevels",
        serialization_alias="averagePowerLevels",
    )
    peak_power_levels: list[TariffPricingPeakPowerLevel] | None = Field(
        default=None,
        validation_alias="peakPowerLevels",
        serialization_alias="peakPowerLevels",
    )
    time_periods: list[TariffPricingTimePeriod] | None = Field(
        default=None, validation_alias="timePeriods", serialization_alias="timePeriods"
    )
    price_periods: TariffPricingPricePeriods | None = Field(
        default=None,
        validation_alias="pricePeriods",
        serialization_alias="pricePeriods",
    )
    days_when_applied: list[TariffPricingDaysWhenAppliedItem] | None = Field(
        default=None,
        validation_alias="daysWhenApplied",
        serialization_alias="daysWhenApplied",
    )
    """When left empty, this means that this is the standard pricing that would be applied in general without taking into consideration the day."""
    threshold_price_for_energy: Decimal | None = Field(
        default=None,
        validation_alias="thresholdPriceForEnergy",
        serialization_alias="thresholdPriceForEnergy",
    )
    """Price for kWh to be considered by Optimised charging for setting the charging periods."""
    price_for_energy_when_optimized: Decimal | None = Field(
        default=None,
        validation_alias="priceForEnergyWhenOptimized",
        serialization_alias="priceForEnergyWhenOptimized",
    )
    optimised_label: str | None = Field(
        default=None,
        validation_alias="optimisedLabel",
        serialization_alias="optimisedLabel",
    )
    duration_fee_from: time | None = Field(
        default=None,
        validation_alias="durationFeeFrom",
        serialization_alias="durationFeeFrom",
    )
    """Defined start time for the application of duration fees."""
    duration_fee_to: time | None = Field(
        default=None,
        validation_alias="durationFeeTo",
        serialization_alias="durationFeeTo",
    )
    """Defined end time for the application of duration fees."""
    subsidy_integration_id: int | None = Field(
        default=None,
        validation_alias="subsidyIntegrationId",
        serialization_alias="subsidyIntegrationId",
    )
    """The subsidy integration id that should be applied for this tariff. Only valid for Energy ToU tariffs. Please use the AMPECO.CHARGE backend for the specific integration id. Optional."""
    lock_price_on_session_start: bool | None = Field(
        default=False,
        validation_alias="lockPriceOnSessionStart",
        serialization_alias="lockPriceOnSessionStart",
    )
    """When enabled the tariff of the charger will be saved using the pricing interval when the user starts the charging session. This ensures that the price for the user will remain constant for the duration of their session.
    Applicable only for:
      - `duration+energy time of day` - it locks duration and energy price components
      - `energy tou` - it locks energy component only
    """
    lock_energy_price_on_session_start: bool | None = Field(
        default=False,
        validation_alias="lockEnergyPriceOnSessionStart",
        serialization_alias="lockEnergyPriceOnSessionStart",
    )
    """When enabled the tariff of the charger will be saved using the pricing interval when the user starts the charging session. This ensures that the price for the user will remain constant for the duration of their session.
    Applicable only for `standard_tod tariff`.
    """
    lock_duration_price_on_session_start: bool | None = Field(
        default=False,
        validation_alias="lockDurationPriceOnSessionStart",
        serialization_alias="lockDurationPriceOnSessionStart",
    )
    """When enabled, the energy fee component of the tariff will be saved using the pricing interval when the user starts the charging session. This ensures that the price for the user will remain constant for the duration of their session.
    Applicable only for `standard_tod tariff`.
    """
    lock_idle_price_on_session_start: bool | None = Field(
        default=False,
        validation_alias="lockIdlePriceOnSessionStart",
        serialization_alias="lockIdlePriceOnSessionStart",
    )
    """When enabled, the duration fee component of the tariff will be saved using the pricing interval when the user starts the charging session. This ensures that the price for the user will remain constant for the whole duration of their session.
    Applicable only for `standard_tod tariff`
    """
    state_of_charge_idle_threshold: TariffPricingStateOfChargeIdleThreshold | None = (
        Field(
            default=None,
            validation_alias="stateOfChargeIdleThreshold",
            serialization_alias="stateOfChargeIdleThreshold",
        )
    )
    """Switches the session to idle when the SoC (%) exceeds the selected value. Leave empty to use the system wide setting.
    This option will take effect only if `Allow custom SoC (%) threshold per Tariff` is set in `Idle period detection` setting.
    This only applies to local charge points, it does not affect sessions on roaming charge points. Leave empty to use the system wide setting.
    """
    average_power_idle_threshold: Decimal | None = Field(
        default=None,
        validation_alias="averagePowerIdleThreshold",
        serialization_alias="averagePowerIdleThreshold",
    )
    """Sets the session to idle state when the average kW for the past 5 minutes is below the set threshold.
    This option will take effect only if `Allow custom power threshold per Tariff` is set in `Idle period detection` setting.
    """

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            price_per_session: Decimal | None = ...,
            connection_fee: Decimal | None = ...,
            price_per_kwh: Decimal | None = ...,
            day_price_per_kwh: Decimal | None = ...,
            night_price_per_kwh: Decimal | None = ...,
            price_period_in_minutes: (
                TariffPricingPricePeriodInMinutes
                | TariffPricingPricePeriodInMinutesLiteral
                | None
            ) = ...,
            price_per_period: Decimal | None = ...,
            duration_fee_limit: Decimal | None = ...,
            day_price_per_period: Decimal | None = ...,
            night_price_per_period: Decimal | None = ...,
            day_idle_fee_per_minute: Decimal | None = ...,
            night_idle_fee_per_minute: Decimal | None = ...,
            idle_fee_per_minute: Decimal | None = ...,
            idle_fee_grace_period_minutes: Decimal | None = ...,
            idle_pricing_period_in_minutes: (
                TariffPricingPricePeriodInMinutes
                | TariffPricingPricePeriodInMinutesLiteral
                | None
            ) = ...,
            idle_fee_period_start: time | None = ...,
            idle_fee_period_end: time | None = ...,
            idle_fee_limit: Decimal | None = ...,
            connection_fee_minimum_session_duration: int | None = ...,
            connection_fee_minimum_session_energy: Decimal | None = ...,
            duration_fee_grace_period: int | None = ...,
            min_price: Decimal | None = ...,
            pre_authorize_amount: Decimal | None = ...,
            tax_id: int | None = ...,
            charge_point_electricity_rate: bool | None = ...,
            fallback_electricity_rate_id: int | None = ...,
            markup_percentage_per_kwh: float | None = ...,
            markup_fixed_fee_per_kwh: float | None = ...,
            flexible_mark_up_as_fixed_per_kwh: (
                TariffCreateRequestPricingFlexibleMarkUpAsFixedPerKwh | None
            ) = ...,
            multi_price_per_kwh: list[TariffPricingMultiPricePerKwhItem] | None = ...,
            multi_price_per_duration: list[TariffPricingMultiIdleFeeItem] | None = ...,
            multi_idle_fee: list[TariffPricingMultiIdleFeeItem] | None = ...,
            regular_use_period: float | None = ...,
            average_power_levels: list[TariffPricingAveragePowerLevel] | None = ...,
            peak_power_levels: list[TariffPricingPeakPowerLevel] | None = ...,
            time_periods: list[TariffPricingTimePeriod] | None = ...,
            price_periods: TariffPricingPricePeriods | None = ...,
            days_when_applied: list[TariffPricingDaysWhenAppliedItem] | None = ...,
            threshold_price_for_energy: Decimal | None = ...,
            price_for_energy_when_optimized: Decimal | None = ...,
            optimised_label: str | None = ...,
            duration_fee_from: time | None = ...,
            duration_fee_to: time | None = ...,
            subsidy_integration_id: int | None = ...,
            lock_price_on_session_start: bool | None = ...,
            lock_energy_price_on_session_start: bool | None = ...,
            lock_duration_price_on_session_start: bool | None = ...,
            lock_idle_price_on_session_start: bool | None = ...,
            state_of_charge_idle_threshold: (
                TariffPricingStateOfChargeIdleThreshold
                | TariffPricingStateOfChargeIdleThresholdLiteral
                | None
            ) = ...,
            average_power_idle_threshold: Decimal | None = ...,
        ) -> None: ...


class TariffCreateRequest(SDKModel):
    name: str
    type: TariffType
    """Setting the type to `charging not allowed` or `free` is enough for creating the particular type of tariff"""
    description: dict[str, str | None] | None = None
    """Locales that have been created and are not provided on an update will be deleted. Please provide values in all locales that you wish to keep."""
    additional_information: dict[str, str | None] | None = Field(
        default=None,
        validation_alias="additionalInformation",
        serialization_alias="additionalInformation",
    )
    """Locales that have been created and are not provided on an update will be deleted. Please provide values in all locales that you wish to keep."""
    learn_more_url: dict[str, str | None] | None = Field(
        default=None,
        validation_alias="learnMoreUrl",
        serialization_alias="learnMoreUrl",
    )
    """Locales that have been created and are not provided on an update will be deleted. Please provide values in all locales that you wish to keep."""
    day_tariff_start: time | None = Field(
        default=None,
        validation_alias="dayTariffStart",
        serialization_alias="dayTariffStart",
    )
    """A time when the day begins"""
    night_tariff_start: time | None = Field(
        default=None,
        validation_alias="nightTariffStart",
        serialization_alias="nightTariffStart",
    )
    """A time when the night begins"""
    pricing: TariffCreateRequestPricing | None = None
    stop_session: TariffStopSession | None = Field(
        default=None, validation_alias="stopSession", serialization_alias="stopSession"
    )
    restrictions: TariffRestrictions | None = None
    partner: TariffPartner | None = None
    display: TariffSetDisplayInformationRequest | None = None
    integration_id: int | None = Field(
        default=None,
        validation_alias="integrationId",
        serialization_alias="integrationId",
    )
    """References the internal integration configuration that enables this tariff type"""
    external_id: str | None = Field(
        default=None, validation_alias="externalId", serialization_alias="externalId"
    )
    """Used to store custom information, usually used for external references or metadata to the resource."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            name: str,
            type: TariffType | TariffTypeLiteral,
            description: dict[str, str | None] | None = ...,
            additional_information: dict[str, str | None] | None = ...,
            learn_more_url: dict[str, str | None] | None = ...,
            day_tariff_start: time | None = ...,
            night_tariff_start: time | None = ...,
            pricing: TariffCreateRequestPricing | None = ...,
            stop_session: TariffStopSession | None = ...,
            restrictions: TariffRestrictions | None = ...,
            partner: TariffPartner | None = ...,
            display: TariffSetDisplayInformationRequest | None = ...,
            integration_id: int | None = ...,
            external_id: str | None = ...,
        ) -> None: ...


TariffCreateRequest.model_rebuild()
TariffCreateRequestPricing.model_rebuild()
TariffCreateRequestPricingFlexibleMarkUpAsFixedPerKwh.model_rebuild()
