"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .charge_point_evse_connector_status import ChargePointEvseConnectorStatus
from .payment_terminal_option12_info_item import PaymentTerminalOption12InfoItem
from .subscription_plan_allowance import SubscriptionPlanAllowance
from .subscription_plan_billing_type import SubscriptionPlanBillingType
from .subscription_plan_post_paid_charging_sessions_accumulation import (
    SubscriptionPlanPostPaidChargingSessionsAccumulation,
)
from .subscription_plan_renewal_cycle import SubscriptionPlanRenewalCycle
from .subscription_plan_type import SubscriptionPlanType
from .subscription_plan_visibility_restrictions import (
    SubscriptionPlanVisibilityRestrictions,
)

if TYPE_CHECKING:
    from ..params import (
        ChargePointEvseConnectorStatusLiteral,
        SubscriptionPlanBillingTypeLiteral,
        SubscriptionPlanPostPaidChargingSessionsAccumulationLiteral,
        SubscriptionPlanRenewalCycleLiteral,
        SubscriptionPlanTypeLiteral,
    )


class SubscriptionPlanUpdateRequestOption1(SDKModel):
    name: list[PaymentTerminalOption12InfoItem] | None = None
    """Locales that have been created and are not provided on an update will be deleted. Please provide values in all locales that you wish to keep."""
    description: list[PaymentTerminalOption12InfoItem] | None = None
    """Locales that have been created and are not provided on an update will be deleted. Please provide values in all locales that you wish to keep."""
    renewal_cycle: SubscriptionPlanRenewalCycle | None = Field(
        default=None,
        validation_alias="renewalCycle",
        serialization_alias="renewalCycle",
    )
    free_renewal_periods: int | None = Field(
        default=None,
        validation_alias="freeRenewalPeriods",
        serialization_alias="freeRenewalPeriods",
    )
    """The number of renewal periods that are free of charge. This is only applicable for pre-paid plans."""
    type: SubscriptionPlanType | None = None
    """Required when Post-paid Subscription plans has been enabled for the system."""
    base_fee: float | None = Field(
        default=None, validation_alias="baseFee", serialization_alias="baseFee"
    )
    """For pre-paid plans this is the price, for post-paid plans this is the base fee."""
    fee_per_each_personal_charge_point: float | None = Field(
        default=None,
        validation_alias="feePerEachPersonalChargePoint",
        serialization_alias="feePerEachPersonalChargePoint",
    )
    """Applies separately per each personal charge point owned by the subscriber that requires this Subscription plan. These fees are added to the Base fee of the Subscription plan, if any."""
    post_paid_charging_sessions_accumulation: (
        SubscriptionPlanPostPaidChargingSessionsAccumulation | None
    ) = Field(
        default=SubscriptionPlanPostPaidChargingSessionsAccumulation.NONE,
        validation_alias="postPaidChargingSessionsAccumulation",
        serialization_alias="postPaidChargingSessionsAccumulation",
    )
    """Indicates if charging sessions at personal, commercial+personal charge points are included in the post-paid subscription and would be billed at the end of the billing cycle or when a threshold is met, if there is such."""
    billing_usage_threshold: int | None = Field(
        default=None,
        validation_alias="billingUsageThreshold",
        serialization_alias="billingUsageThreshold",
    )
    """If this threshold is reached, the amount due for the subscription would be billed immediately instead of waiting for the end of the billing period."""
    billing_type: SubscriptionPlanBillingType | None = Field(
        default=None, validation_alias="billingType", serialization_alias="billingType"
    )
    """Applicable only for post-paid subscription plans when external billing is enabled. Controls the billing method used for this subscription plan."""
    status: ChargePointEvseConnectorStatus | None = None
    """A change from disabled to enabled is only possible for Subscription plans that are not replaced with another plan."""
    allowance: SubscriptionPlanAllowance | None = None
    visibility_restrictions: SubscriptionPlanVisibilityRestrictions | None = Field(
        default=None,
        validation_alias="visibilityRestrictions",
        serialization_alias="visibilityRestrictions",
    )
    """Defines which users can view and subscribe to the plan via the app"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            name: list[PaymentTerminalOption12InfoItem] | None = ...,
            description: list[PaymentTerminalOption12InfoItem] | None = ...,
            renewal_cycle: (
                SubscriptionPlanRenewalCycle
                | SubscriptionPlanRenewalCycleLiteral
                | None
            ) = ...,
            free_renewal_periods: int | None = ...,
            type: SubscriptionPlanType | SubscriptionPlanTypeLiteral | None = ...,
            base_fee: float | None = ...,
            fee_per_each_personal_charge_point: float | None = ...,
            post_paid_charging_sessions_accumulation: (
                SubscriptionPlanPostPaidChargingSessionsAccumulation
                | SubscriptionPlanPostPaidChargingSessionsAccumulationLiteral
                | None
            ) = ...,
            billing_usage_threshold: int | None = ...,
            billing_type: (
                SubscriptionPlanBillingType | SubscriptionPlanBillingTypeLiteral | None
            ) = ...,
            status: (
                ChargePointEvseConnectorStatus
                | ChargePointEvseConnectorStatusLiteral
                | None
            ) = ...,
            allowance: SubscriptionPlanAllowance | None = ...,
            visibility_restrictions: (
                SubscriptionPlanVisibilityRestrictions | None
            ) = ...,
        ) -> None: ...
