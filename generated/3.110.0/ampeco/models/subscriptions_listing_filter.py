"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .subscription_status import SubscriptionStatus

if TYPE_CHECKING:
    from ..params import SubscriptionStatusLiteral


class SubscriptionsListingFilter(SDKModel):
    plan_id: str | None = Field(
        default=None, validation_alias="planId", serialization_alias="planId"
    )
    end_date_from: datetime | None = Field(
        default=None, validation_alias="endDateFrom", serialization_alias="endDateFrom"
    )
    """ISO 8601 formatted date"""
    end_date_to: datetime | None = Field(
        default=None, validation_alias="endDateTo", serialization_alias="endDateTo"
    )
    """ISO 8601 formatted date"""
    status: SubscriptionStatus | None = None
    billed_externally: str | None = Field(
        default=None,
        validation_alias="billedExternally",
        serialization_alias="billedExternally",
    )
    """Applicable only when the system uses both payment processor and external billing mode simultaneously. Show or hide subscriptions where users have enabled \"External billing\" (if allowed by the Billing settings)."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            plan_id: str | None = ...,
            end_date_from: datetime | None = ...,
            end_date_to: datetime | None = ...,
            status: SubscriptionStatus | SubscriptionStatusLiteral | None = ...,
            billed_externally: str | None = ...,
        ) -> None: ...
