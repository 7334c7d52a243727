"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any, TYPE_CHECKING

from pydantic import Field

from .._runtime.models import OpenEnum, SDKModel
from .authorization_deprecated import AuthorizationDeprecated
from .session_energy_consumption import SessionEnergyConsumption
from .session_payment_status import SessionPaymentStatus
from .session_payment_type import SessionPaymentType
from .session_price_breakdown_item_type import SessionPriceBreakdownItemType
from .session_price_breakdown_item_unit import SessionPriceBreakdownItemUnit
from .session_reason import SessionReason
from .session_tax import SessionTax
from .session_total_amount import SessionTotalAmount

if TYPE_CHECKING:
    from ..params import (
        SessionBillingStatusLiteral,
        SessionChargingPeriodChargingStateLiteral,
        SessionChargingPeriodPricingDetailsChargingTypeLiteral,
        SessionChargingPeriodPricingDetailsDayPeriodLiteral,
        SessionChargingPeriodPricingDetailsPricingMethodLiteral,
        SessionPaymentStatusLiteral,
        SessionPaymentTypeLiteral,
        SessionPriceBreakdownItemTypeLiteral,
        SessionPriceBreakdownItemUnitLiteral,
        SessionReasonLiteral,
        SessionStatusLiteral,
    )


class SessionBillingStatus(OpenEnum):
    """The status of the billing process for the session."""

    PENDING = "pending"
    SUSPENDED = "suspended"
    COMPLETED = "completed"


class SessionChargingPeriodChargingState(OpenEnum):
    """The charging state of the period."""

    CHARGING = "charging"
    IDLE = "idle"


class SessionChargingPeriodPricingDetailsChargingType(OpenEnum):
    """Power delivery strategy used during this period.
    * `boosted` - maximum available power delivery
    * `optimised` - reduced power during peak hours for cost efficiency
    """

    BOOSTED = "boosted"
    OPTIMISED = "optimised"


class SessionChargingPeriodPricingDetailsDayPeriod(OpenEnum):
    """The period of the day.
    * `day` - daytime period of the tariff
    * `night` - nighttime period of the tariff
    """

    DAY = "day"
    NIGHT = "night"


class SessionChargingPeriodPricingDetailsPricingMethod(OpenEnum):
    """The method used for calculating price in standard tariffs.
    * `duration` - pricing based on duration
    * `energy` - pricing based on energy consumption
    * `durationAndEnergy` - pricing based on both duration and energy
    * `free` - free period with no charge
    """

    DURATION = "duration"
    ENERGY = "energy"
    DURATION_AND_ENERGY = "durationAndEnergy"
    FREE = "free"


class SessionStatus(OpenEnum):
    UNKNOWN = "unknown"
    PENDING = "pending"
    ACTIVE = "active"
    FINISHED = "finished"
    FAILED = "failed"
    EXPIRED = "expired"


class SessionChargingPeriodPriceBreakdownItem(SDKModel):
    """Charging period price breakdown"""

    type: SessionPriceBreakdownItemType
    """* `flat` - no matter the duration or energy consumed each session would cost one and the same amount,
    * `connection` - a fixed fee that is applied at the start of the charging session,
    * `energy` - the cost for the consumed energy,
    * `charging_time` - the cost for the duration of the session when there is ongoing charging,
    * `idle_time` - the cost for the time when there is no active charging but there is an ongoing session,
    * `power_levels_time` - the cost for peak and average power levels,
    * `min_price` - the minimum price a session should cost, anything below that price is rounded up to the minimum price,
    * `service_fee` - the cost for the mark up,
    * `energy_flat_fee` - a fixed fee applied per energy component,
    * `duration_flat_fee` - a fixed fee applied per duration component,
    * `idle_flat_fee` - a fixed fee applied per idle component.
    """
    currency: str
    """3-letter currency code (ISO 4217)"""
    unit: SessionPriceBreakdownItemUnit
    """The measure that is used for the type element."""
    price_per_unit: SessionTotalAmount = Field(
        validation_alias="pricePerUnit", serialization_alias="pricePerUnit"
    )
    """The price of a single unit of the tariff element."""
    quantity: Decimal
    """The number of units."""
    price: SessionTotalAmount
    """The `pricePerUnit` multiplied by the `quantity`."""
    tax_percentage: Decimal | None = Field(
        default=None,
        validation_alias="taxPercentage",
        serialization_alias="taxPercentage",
    )
    """The tax rate percentage applied to this tariff element."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            type: SessionPriceBreakdownItemType | SessionPriceBreakdownItemTypeLiteral,
            currency: str,
            unit: SessionPriceBreakdownItemUnit | SessionPriceBreakdownItemUnitLiteral,
            price_per_unit: SessionTotalAmount,
            quantity: Decimal,
            price: SessionTotalAmount,
            tax_percentage: Decimal | None = ...,
        ) -> None: ...


class SessionChargingPeriodPricingDetails(SDKModel):
    """Optional pricing details specific to this charging period, dependent on the tariff."""

    charging_type: SessionChargingPeriodPricingDetailsChargingType | None = Field(
        default=None,
        validation_alias="chargingType",
        serialization_alias="chargingType",
    )
    """Power delivery strategy used during this period.
    * `boosted` - maximum available power delivery
    * `optimised` - reduced power during peak hours for cost efficiency
    """
    day_period: SessionChargingPeriodPricingDetailsDayPeriod | None = Field(
        default=None, validation_alias="dayPeriod", serialization_alias="dayPeriod"
    )
    """The period of the day.
    * `day` - daytime period of the tariff
    * `night` - nighttime period of the tariff
    """
    pricing_method: SessionChargingPeriodPricingDetailsPricingMethod | None = Field(
        default=None,
        validation_alias="pricingMethod",
        serialization_alias="pricingMethod",
    )
    """The method used for calculating price in standard tariffs.
    * `duration` - pricing based on duration
    * `energy` - pricing based on energy consumption
    * `durationAndEnergy` - pricing based on both duration and energy
    * `free` - free period with no charge
    """
    price: Decimal | None = None
    """Base price rate for Energy Time of Usage tariffs"""
    markup: Decimal | None = None
    """Additional percentage or fixed amount added to the base price"""
    initial_energy_price: Decimal | None = Field(
        default=None,
        validation_alias="initialEnergyPrice",
        serialization_alias="initialEnergyPrice",
    )
    """Starting price rate for energy-based charging"""
    initial_duration_price: Decimal | None = Field(
        default=None,
        validation_alias="initialDurationPrice",
        serialization_alias="initialDurationPrice",
    )
    """Starting price rate for time-based charging"""
    start_hour: str | None = Field(
        default=None, validation_alias="startHour", serialization_alias="startHour"
    )
    """The start hour for the charging period"""
    end_hour: str | None = Field(
        default=None, validation_alias="endHour", serialization_alias="endHour"
    )
    """The end hour for the charging period"""
    day: str | None = None
    """The day being used"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            charging_type: (
                SessionChargingPeriodPricingDetailsChargingType
                | SessionChargingPeriodPricingDetailsChargingTypeLiteral
                | None
            ) = ...,
            day_period: (
                SessionChargingPeriodPricingDetailsDayPeriod
                | SessionChargingPeriodPricingDetailsDayPeriodLiteral
                | None
            ) = ...,
            pricing_method: (
                SessionChargingPeriodPricingDetailsPricingMethod
                | SessionChargingPeriodPricingDetailsPricingMethodLiteral
                | None
            ) = ...,
            price: Decimal | None = ...,
            markup: Decimal | None = ...,
            initial_energy_price: Decimal | None = ...,
            initial_duration_price: Decimal | None = ...,
            start_hour: str | None = ...,
            end_hour: str | None = ...,
            day: str | None = ...,
        ) -> None: ...


class SessionChargingPeriod(SDKModel):
    """Describes a period in the session that is billed separately, for example charging@night (for time of day tariffs) or idle (for tariffs that charge separately idle time)"""

    id: int
    energy: int
    """Delivered energy in Wh"""
    started_at: datetime = Field(
        validation_alias="startedAt", serialization_alias="startedAt"
    )
    stopped_at: datetime | None = Field(
        default=None, validation_alias="stoppedAt", serialization_alias="stoppedAt"
    )
    state: str = Field(deprecated="SessionChargingPeriod.state is deprecated")
    """Deprecated.

    The state of the period. A non exhaustive list of possible values:
      * `charging` - the vehicle was charging
      * `charging@night` - a ToD tariff was selected and the vehicle was charging during the nighttime period of the tariff
      * `charging@day` - a ToD tariff was selected and the vehicle was charging during the daytime period of the tariff
      * `idle` - a tariff with separate pricing for idle time was selected and the charging was idle in that period
      * `idle@night` - a ToD tariff was selected and the vehicle was idling during the nighttime period of the tariff
      * `idle@day` - a ToD tariff was selected and the vehicle was idling during the daytime period of the tariff
      * `charging@boosted` - Optimised dynamic pricing was applied and charging was performed with full available power
      * `charging@optimised` - Optimised dynamic pricing was applied and charging was performed with lower price and limited power during peak hours
    """
    charging_state: SessionChargingPeriodChargingState | None = Field(
        default=None,
        validation_alias="chargingState",
        serialization_alias="chargingState",
    )
    """The charging state of the period."""
    pricing_details: SessionChargingPeriodPricingDetails | None = Field(
        default=None,
        validation_alias="pricingDetails",
        serialization_alias="pricingDetails",
    )
    """Optional pricing details specific to this charging period, dependent on the tariff."""
    amount: Decimal | None = None
    price_breakdown: list[SessionChargingPeriodPriceBreakdownItem] | None = Field(
        default=None,
        validation_alias="priceBreakdown",
        serialization_alias="priceBreakdown",
    )
    """A breakdown of the different tariff elements that create the total amount of the charging period. Only sent when `withChargingPeriodsPriceBreakdown` is set to `true`. The priceBreakdown will be displayed only when the Billing status of the session is marked as completed."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: int,
            energy: int,
            started_at: datetime,
            stopped_at: datetime | None = ...,
            state: str,
            charging_state: (
                SessionChargingPeriodChargingState
                | SessionChargingPeriodChargingStateLiteral
                | None
            ) = ...,
            pricing_details: SessionChargingPeriodPricingDetails | None = ...,
            amount: Decimal | None = ...,
            price_breakdown: list[SessionChargingPeriodPriceBreakdownItem] | None = ...,
        ) -> None: ...


class SessionClockAlignedEnergyConsumptionItem(SDKModel):
    """Session Clock aligned consumption period"""

    start: datetime
    """The beginning of the clock-aligned consumption period."""
    end: datetime
    """The end of the clock-aligned consumption period."""
    energy_consumed: int = Field(
        validation_alias="energyConsumed",
        serialization_alias="energyConsumed",
        deprecated="SessionClockAlignedEnergyConsumptionItem.energy_consumed is deprecated",
    )
    """Deprecated.

    The amount of total consumed energy(Wh) during the clock-aligned consumption period.
    """
    energy_consumption: SessionEnergyConsumption = Field(
        validation_alias="energyConsumption", serialization_alias="energyConsumption"
    )
    total_cost: SessionTotalAmount | None = Field(
        default=None, validation_alias="totalCost", serialization_alias="totalCost"
    )
    """The total cost of energy consumption during the clock-aligned period."""


class SessionPower(SDKModel):
    latest: float | None = None
    """The current charging power (in watts)"""
    peak: float | None = None
    """The maximum charging power (in watts) reached during the session"""
    average: float | None = None
    """The average charging power (in watts) maintained during the session"""


class SessionPriceBreakdownItem(SDKModel):
    type: SessionPriceBreakdownItemType
    """* `flat` - no matter the duration or energy consumed each session would cost one and the same amount,
    * `connection` - a fixed fee that is applied at the start of the charging session,
    * `energy` - the cost for the consumed energy,
    * `charging_time` - the cost for the duration of the session when there is ongoing charging,
    * `idle_time` - the cost for the time when there is no active charging but there is an ongoing session,
    * `power_levels_time` - the cost for peak and average power levels,
    * `min_price` - the minimum price a session should cost, anything below that price is rounded up to the minimum price,
    * `service_fee` - the cost for the mark up,
    * `energy_flat_fee` - a fixed fee applied per energy component,
    * `duration_flat_fee` - a fixed fee applied per duration component,
    * `idle_flat_fee` - a fixed fee applied per idle component.
    """
    currency: str
    """3-letter currency code (ISO 4217)"""
    unit: SessionPriceBreakdownItemUnit
    """The measure that is used for the type element."""
    price_per_unit: SessionTotalAmount = Field(
        validation_alias="pricePerUnit", serialization_alias="pricePerUnit"
    )
    """The price of a single unit of the tariff element."""
    quantity: Decimal
    """The number of units."""
    price: SessionTotalAmount
    """The `pricePerUnit` multiplied by the `quantity`."""
    tax_percentage: Decimal | None = Field(
        default=None,
        validation_alias="taxPercentage",
        serialization_alias="taxPercentage",
    )
    """The tax rate percentage applied to this tariff element."""
    total_price: Decimal = Field(
        validation_alias="totalPrice",
        serialization_alias="totalPrice",
        deprecated="SessionPriceBreakdownItem.total_price is deprecated",
    )
    """Deprecated.

    The `unitPrice` multiplied by the `quantity`.
    """
    unit_price: Decimal = Field(
        validation_alias="unitPrice",
        serialization_alias="unitPrice",
        deprecated="SessionPriceBreakdownItem.unit_price is deprecated",
    )
    """Deprecated.

    The price of a single unit of the tariff element.
    """

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            type: SessionPriceBreakdownItemType | SessionPriceBreakdownItemTypeLiteral,
            currency: str,
            unit: SessionPriceBreakdownItemUnit | SessionPriceBreakdownItemUnitLiteral,
            price_per_unit: SessionTotalAmount,
            quantity: Decimal,
            price: SessionTotalAmount,
            tax_percentage: Decimal | None = ...,
            total_price: Decimal,
            unit_price: Decimal,
        ) -> None: ...


class SessionRoaming(SDKModel):
    cdr_ids: list[int] | None = Field(
        default=None, validation_alias="cdrIds", serialization_alias="cdrIds"
    )
    """The CDRs that are generated for roaming sessions."""
    session_id: str | None = Field(
        default=None, validation_alias="sessionId", serialization_alias="sessionId"
    )
    """The unique id that identifies the charging session in the CPO platform."""
    roaming_operator_cpo_id: int | None = Field(
        default=None,
        validation_alias="roamingOperatorCpoId",
        serialization_alias="roamingOperatorCpoId",
    )
    """The id of the roaming operator that owns the charge point at which the session occurred."""
    cpo_last_updated_at: datetime | None = Field(
        default=None,
        validation_alias="cpoLastUpdatedAt",
        serialization_alias="cpoLastUpdatedAt",
    )
    """Applicable only for OCPI sessions and populated with the most recent shared `last_updated` value from the CPO roaming operator. ISO 8601 formatted date"""


class Session(SDKModel):
    """Charging session"""

    id: str
    charge_point_id: int = Field(
        validation_alias="chargePointId", serialization_alias="chargePointId"
    )
    evse_id: int = Field(validation_alias="evseId", serialization_alias="evseId")
    connector_id: int | None = Field(
        default=None, validation_alias="connectorId", serialization_alias="connectorId"
    )
    status: SessionStatus
    reason: SessionReason | None = None
    """The reason why the session expired or has been stopped."""
    user_id: int | None = Field(validation_alias="userId", serialization_alias="userId")
    """The id of the user that started the session"""
    booking_id: int | None = Field(
        default=None, validation_alias="bookingId", serialization_alias="bookingId"
    )
    """The ID of the linked booking (if any)"""
    started_at: datetime = Field(
        validation_alias="startedAt", serialization_alias="startedAt"
    )
    stopped_at: datetime | None = Field(
        default=None, validation_alias="stoppedAt", serialization_alias="stoppedAt"
    )
    energy: float = Field(deprecated="Session.energy is deprecated")
    """Deprecated.

    Delivered energy in Wh
    """
    power_kw: float | None = Field(
        default=None,
        validation_alias="powerKw",
        serialization_alias="powerKw",
        deprecated="Session.power_kw is deprecated; use power.latest instead",
    )
    """Deprecated; use power.latest instead.

    This field representing the current charging speed in kilowatts is deprecated. Use the `power.latest` property instead for charging power information.
    """
    soc_percent: float | None = Field(
        default=None, validation_alias="socPercent", serialization_alias="socPercent"
    )
    """State of charge (in %). Optional."""
    amount: Decimal | None = Field(
        default=None, deprecated="Session.amount is deprecated"
    )
    """Deprecated."""
    total_amount: SessionTotalAmount | None = Field(
        default=None, validation_alias="totalAmount", serialization_alias="totalAmount"
    )
    tax: SessionTax | None = Field(default=None, deprecated="Session.tax is deprecated")
    """Deprecated."""
    currency: str | None = None
    """The ISO 4217 3-letter code of the currency"""
    payment_type: SessionPaymentType | None = Field(
        default=None, validation_alias="paymentType", serialization_alias="paymentType"
    )
    payment_method_id: str | None = Field(
        default=None,
        validation_alias="paymentMethodId",
        serialization_alias="paymentMethodId",
    )
    """The ID of the payment method. Mind that this is actually a string. It can be, for example `corporate:1234` - for corporate billing, or `balance`, or `subscription` - when the session is to be paid with the user's post-paid subscription."""
    terminal_id: int | None = Field(
        default=None, validation_alias="terminalId", serialization_alias="terminalId"
    )
    """The ID of the payment terminal when such is used."""
    non_billable_energy: float | None = Field(
        default=None,
        validation_alias="nonBillableEnergy",
        serialization_alias="nonBillableEnergy",
    )
    """The energy that is included as an allowance for pre-paid and post subscriptions."""
    payment_status: SessionPaymentStatus | None = Field(
        default=None,
        validation_alias="paymentStatus",
        serialization_alias="paymentStatus",
    )
    authorization_id: int | None = Field(
        validation_alias="authorizationId", serialization_alias="authorizationId"
    )
    id_tag: str | None = Field(
        default=None, validation_alias="idTag", serialization_alias="idTag"
    )
    """The idTag defines the authentication source for the session (RFID identifier or remote start identifier)
    A remote start identifier has the format `*XXXXXXX` where the `XXXXXXX` is the session id padded with `0`s on the left
    """
    id_tag_label: str | None = Field(
        default=None, validation_alias="idTagLabel", serialization_alias="idTagLabel"
    )
    """Additional information about the idTag that differs depending on the type of the idTag or could be something else, related to the car or the user."""
    extending_session_id: int | None = Field(
        default=None,
        validation_alias="extendingSessionId",
        serialization_alias="extendingSessionId",
        deprecated="Session.extending_session_id is deprecated",
    )
    """Deprecated.

    When a session is finished (because connectivity was lost for a long time) and more data is received, the
    additional data is stored in an extending session. If this property is set, then this is an extending session.
    """
    original_session_id: int | None = Field(
        default=None,
        validation_alias="originalSessionId",
        serialization_alias="originalSessionId",
    )
    """ID of the session that the current session is extending."""
    extended_by_session_id: int | None = Field(
        default=None,
        validation_alias="extendedBySessionId",
        serialization_alias="extendedBySessionId",
    )
    """ID of the session that extends this session."""
    reimbursement_eligibility: bool | None = Field(
        default=None,
        validation_alias="reimbursementEligibility",
        serialization_alias="reimbursementEligibility",
    )
    external_session_id: str | None = Field(
        default=None,
        validation_alias="externalSessionId",
        serialization_alias="externalSessionId",
        deprecated="Session.external_session_id is deprecated; use id_tag instead",
    )
    """Deprecated: Use `idTag` field instead. This field will be removed in a future version.
    Previously used for admin-started sessions, this value is now available in the `idTag` field.
    """
    authorization: AuthorizationDeprecated | None = None
    """Authorization"""
    charging_periods: list[SessionChargingPeriod] | None = Field(
        default=None,
        validation_alias="chargingPeriods",
        serialization_alias="chargingPeriods",
    )
    price_breakdown: list[SessionPriceBreakdownItem] | None = Field(
        default=None,
        validation_alias="priceBreakdown",
        serialization_alias="priceBreakdown",
    )
    """A breakdown of the different tariff elements that create the total amount of the charging session. Only sent when `session_with_price_breakdown` is set to `true`. The priceBreakdown will be displayed only when the Billing status of the session is marked as completed."""
    tariff_snapshot_id: int | None = Field(
        default=None,
        validation_alias="tariffSnapshotId",
        serialization_alias="tariffSnapshotId",
    )
    """At the start of the charging session the tariff will be snapshotted and that snapshot will not be changed ever. That snapshot is used to determine the price of the charging session. This is the ID of that snapshot."""
    electricity_cost: Decimal | None = Field(
        default=None,
        validation_alias="electricityCost",
        serialization_alias="electricityCost",
    )
    evse_physical_reference: str | None = Field(
        default=None,
        validation_alias="evsePhysicalReference",
        serialization_alias="evsePhysicalReference",
    )
    """This could be either the identifier that is presented to the user, so they can identify the EVSE at the location. Or for roaming EVSEs - it is the roaming evse_id."""
    payment_status_updated_at: datetime | None = Field(
        default=None,
        validation_alias="paymentStatusUpdatedAt",
        serialization_alias="paymentStatusUpdatedAt",
    )
    """ISO 8601 formatted date"""
    charge_point_operator_roaming_id: str | None = Field(
        default=None,
        validation_alias="chargePointOperatorRoamingId",
        serialization_alias="chargePointOperatorRoamingId",
    )
    """The roaming operator identifier (e.g., \"DE*ENA\", \"LT*IGN\") of the operator who owns the charge point where the session occurred. Only returned for roaming sessions."""
    roaming: SessionRoaming | None = None
    last_updated_at: datetime | None = Field(
        default=None,
        validation_alias="lastUpdatedAt",
        serialization_alias="lastUpdatedAt",
    )
    """ISO 8601 formatted date"""
    randomised_delay: int | None = Field(
        default=None,
        validation_alias="randomisedDelay",
        serialization_alias="randomisedDelay",
    )
    """Number of seconds by which current offering is being delayed at the start of the session. The field is omitted when randomised delay is not enabled in the Personal Charging settings or when there is no randomised delay."""
    receipt_id: int | None = Field(
        default=None,
        validation_alias="receiptId",
        serialization_alias="receiptId",
        deprecated="Session.receipt_id is deprecated",
    )
    """Deprecated."""
    external_app_data: dict[str, Any] | None = Field(
        default=None,
        validation_alias="externalAppData",
        serialization_alias="externalAppData",
    )
    """Used to hold any external application data related to the session."""
    clock_aligned_energy_consumption: (
        list[SessionClockAlignedEnergyConsumptionItem] | None
    ) = Field(
        default=None,
        validation_alias="clockAlignedEnergyConsumption",
        serialization_alias="clockAlignedEnergyConsumption",
    )
    """Energy consumption during time intervals (15, 30 or 60 minutes) in the charging session. The start of the first interval is the start of the session then the intervals are defined by the exact minute of the hour. Clock-aligned consumption periods are included in the response only when the query param 'withClockAlignedEnergyConsumption' is set to 'true'."""
    energy_consumption: SessionEnergyConsumption = Field(
        validation_alias="energyConsumption", serialization_alias="energyConsumption"
    )
    estimated_savings: float | None = Field(
        default=None,
        validation_alias="estimatedSavings",
        serialization_alias="estimatedSavings",
    )
    """The sum of savings that could be achieved if the consumed energy was not locally generated but delivered from the grid for all clock-aligned consumption periods in the charging session."""
    billing_status: SessionBillingStatus | None = Field(
        validation_alias="billingStatus", serialization_alias="billingStatus"
    )
    """The status of the billing process for the session."""
    power: SessionPower | None = None

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: str,
            charge_point_id: int,
            evse_id: int,
            connector_id: int | None = ...,
            status: SessionStatus | SessionStatusLiteral,
            reason: SessionReason | SessionReasonLiteral | None = ...,
            user_id: int | None,
            booking_id: int | None = ...,
            started_at: datetime,
            stopped_at: datetime | None = ...,
            energy: float,
            power_kw: float | None = ...,
            soc_percent: float | None = ...,
            amount: Decimal | None = ...,
            total_amount: SessionTotalAmount | None = ...,
            tax: SessionTax | None = ...,
            currency: str | None = ...,
            payment_type: SessionPaymentType | SessionPaymentTypeLiteral | None = ...,
            payment_method_id: str | None = ...,
            terminal_id: int | None = ...,
            non_billable_energy: float | None = ...,
            payment_status: (
                SessionPaymentStatus | SessionPaymentStatusLiteral | None
            ) = ...,
            authorization_id: int | None,
            id_tag: str | None = ...,
            id_tag_label: str | None = ...,
            extending_session_id: int | None = ...,
            original_session_id: int | None = ...,
            extended_by_session_id: int | None = ...,
            reimbursement_eligibility: bool | None = ...,
            external_session_id: str | None = ...,
            authorization: AuthorizationDeprecated | None = ...,
            charging_periods: list[SessionChargingPeriod] | None = ...,
            price_breakdown: list[SessionPriceBreakdownItem] | None = ...,
            tariff_snapshot_id: int | None = ...,
            electricity_cost: Decimal | None = ...,
            evse_physical_reference: str | None = ...,
            payment_status_updated_at: datetime | None = ...,
            charge_point_operator_roaming_id: str | None = ...,
            roaming: SessionRoaming | None = ...,
            last_updated_at: datetime | None = ...,
            randomised_delay: int | None = ...,
            receipt_id: int | None = ...,
            external_app_data: dict[str, Any] | None = ...,
            clock_aligned_energy_consumption: (
                list[SessionClockAlignedEnergyConsumptionItem] | None
            ) = ...,
            energy_consumption: SessionEnergyConsumption,
            estimated_savings: float | None = ...,
            billing_status: SessionBillingStatus | SessionBillingStatusLiteral | None,
            power: SessionPower | None = ...,
        ) -> None: ...


Session.model_rebuild()
SessionChargingPeriod.model_rebuild()
SessionChargingPeriodPriceBreakdownItem.model_rebuild()
SessionChargingPeriodPricingDetails.model_rebuild()
SessionClockAlignedEnergyConsumptionItem.model_rebuild()
SessionPower.model_rebuild()
SessionPriceBreakdownItem.model_rebuild()
SessionRoaming.model_rebuild()
