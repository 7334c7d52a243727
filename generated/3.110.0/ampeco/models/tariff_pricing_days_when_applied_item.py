"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .tariff_pricing_price_period_in_minutes import TariffPricingPricePeriodInMinutes
from .tariff_pricing_price_periods import TariffPricingPricePeriods

if TYPE_CHECKING:
    from ..params import TariffPricingPricePeriodInMinutesLiteral


class TariffPricingDaysWhenAppliedItem(SDKModel):
    name: str | None = None
    special_dates: list[date] | None = Field(
        default=None,
        validation_alias="specialDates",
        serialization_alias="specialDates",
    )
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
    price_period_in_minutes: TariffPricingPricePeriodInMinutes | None = Field(
        default=None,
        validation_alias="pricePeriodInMinutes",
        serialization_alias="pricePeriodInMinutes",
    )
    """Charging period. In minutes. It defines the time-period for charging a fee. Example: If you select 15min then the EV-driver will be charged at the start of every 15min of EV-charging. Applicable for duration+energy and duration+energy time of day"""
    price_periods: TariffPricingPricePeriods | None = Field(
        default=None,
        validation_alias="pricePeriods",
        serialization_alias="pricePeriods",
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            name: str | None = ...,
            special_dates: list[date] | None = ...,
            idle_fee_grace_period_minutes: Decimal | None = ...,
            idle_pricing_period_in_minutes: (
                TariffPricingPricePeriodInMinutes
                | TariffPricingPricePeriodInMinutesLiteral
                | None
            ) = ...,
            connection_fee_minimum_session_duration: int | None = ...,
            connection_fee_minimum_session_energy: Decimal | None = ...,
            duration_fee_grace_period: int | None = ...,
            price_period_in_minutes: (
                TariffPricingPricePeriodInMinutes
                | TariffPricingPricePeriodInMinutesLiteral
                | None
            ) = ...,
            price_periods: TariffPricingPricePeriods | None = ...,
        ) -> None: ...
