"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
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


class SubscriptionPlan(SDKModel):
    id: int
    name: list[PaymentTerminalOption12InfoItem]
    """Locales that have been created and are not provided on an update will be deleted. Please provide values in all locales that you wish to keep."""
    description: list[PaymentTerminalOption12InfoItem]
    """Locales that have been created and are not provided on an update will be deleted. Please provide values in all locales that you wish to keep."""
    renewal_cycle: SubscriptionPlanRenewalCycle = Field(
        validation_alias="renewalCycle", serialization_alias="renewalCycle"
    )
    free_renewal_periods: int | None = Field(
        default=None,
        validation_alias="freeRenewalPeriods",
        serialization_alias="freeRenewalPeriods",
    )
    """The number of renewal periods that are free of charge. This is only applicable for pre-paid plans."""
    type: SubscriptionPlanType
    base_fee: float | None = Field(
        default=None, validation_alias="baseFee", serialization_alias="baseFee"
    )
    """For pre-paid plans this is the price, for post-paid plans this is the base fee."""
    base_fee_applies_per_each_home_charger: bool | None = Field(
        default=False,
        validation_alias="baseFeeAppliesPerEachHomeCharger",
        serialization_alias="baseFeeAppliesPerEachHomeCharger",
    )
    """Makes the base fee apply per each home charger owned by the subscriber."""
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
    status: ChargePointEvseConnectorStatus
    allowance: SubscriptionPlanAllowance | None = None
    visibility_restrictions: SubscriptionPlanVisibilityRestrictions | None = Field(
        default=None,
        validation_alias="visibilityRestrictions",
        serialization_alias="visibilityRestrictions",
    )
    """Defines which users can view and subscribe to the plan via the app"""
    replacement_plan_id: int | None = Field(
        default=None,
        validation_alias="replacementPlanId",
        serialization_alias="replacementPlanId",
    )
    """The ID of the subscription plan that was used to replace the current one."""
    replaced_at: datetime | None = Field(
        default=None, validation_alias="replacedAt", serialization_alias="replacedAt"
    )
    """The date from which the new subscription plan actively replaces the current one."""
    last_updated_at: datetime | None = Field(
        default=None,
        validation_alias="lastUpdatedAt",
        serialization_alias="lastUpdatedAt",
    )
    """ISO 8601 formatted date"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: int,
            name: list[PaymentTerminalOption12InfoItem],
            description: list[PaymentTerminalOption12InfoItem],
            renewal_cycle: (
                SubscriptionPlanRenewalCycle | SubscriptionPlanRenewalCycleLiteral
            ),
            free_renewal_periods: int | None = ...,
            type: SubscriptionPlanType | SubscriptionPlanTypeLiteral,
            base_fee: float | None = ...,
            base_fee_applies_per_each_home_charger: bool | None = ...,
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
                ChargePointEvseConnectorStatus | ChargePointEvseConnectorStatusLiteral
            ),
            allowance: SubscriptionPlanAllowance | None = ...,
            visibility_restrictions: (
                SubscriptionPlanVisibilityRestrictions | None
            ) = ...,
            replacement_plan_id: int | None = ...,
            replaced_at: datetime | None = ...,
            last_updated_at: datetime | None = ...,
        ) -> None: ...
