"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .subscription_status import SubscriptionStatus

if TYPE_CHECKING:
    from ..params import SubscriptionStatusLiteral


class SubscriptionRemainingAllowance(SDKModel):
    combined: int | None = None
    """Remaining kWh of the combined charging allowance (if any)."""
    ac: int | None = None
    """Remaining kWh of the AC charging allowance (if any)."""
    dc: int | None = None
    """Remaining kWh of the DC charging allowance (if any)."""


class Subscription(SDKModel):
    id: int
    plan_id: int = Field(validation_alias="planId", serialization_alias="planId")
    user_id: int = Field(validation_alias="userId", serialization_alias="userId")
    start_date: datetime = Field(
        validation_alias="startDate", serialization_alias="startDate"
    )
    """ISO 8601 formatted date"""
    end_date: datetime = Field(
        validation_alias="endDate", serialization_alias="endDate"
    )
    """ISO 8601 formatted date"""
    status: SubscriptionStatus
    status_date: datetime = Field(
        validation_alias="statusDate", serialization_alias="statusDate"
    )
    """ISO 8601 formatted date when the current status was set."""
    remaining_allowance: SubscriptionRemainingAllowance | None = Field(
        default=None,
        validation_alias="remainingAllowance",
        serialization_alias="remainingAllowance",
    )
    remaining_free_renewal_periods: int | None = Field(
        default=None,
        validation_alias="remainingFreeRenewalPeriods",
        serialization_alias="remainingFreeRenewalPeriods",
    )
    """The number of remaining renewal periods that are free of charge. This is only applicable for pre-paid plans."""
    should_use_external_billing: bool | None = Field(
        default=False,
        validation_alias="shouldUseExternalBilling",
        serialization_alias="shouldUseExternalBilling",
    )
    """Applicable only when the system uses both payment processor and external billing mode simultaneously. Indicates if the user has chosen \"External billing\" for his post-paid subscription (if allowed by the Billing settings)."""
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
            plan_id: int,
            user_id: int,
            start_date: datetime,
            end_date: datetime,
            status: SubscriptionStatus | SubscriptionStatusLiteral,
            status_date: datetime,
            remaining_allowance: SubscriptionRemainingAllowance | None = ...,
            remaining_free_renewal_periods: int | None = ...,
            should_use_external_billing: bool | None = ...,
            last_updated_at: datetime | None = ...,
        ) -> None: ...


Subscription.model_rebuild()
SubscriptionRemainingAllowance.model_rebuild()
