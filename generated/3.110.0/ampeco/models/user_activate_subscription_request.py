"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import date

from pydantic import Field

from .._runtime.models import SDKModel


class UserActivateSubscriptionRequest(SDKModel):
    plan_id: int = Field(validation_alias="planId", serialization_alias="planId")
    end_date: date | None = Field(
        default=None, validation_alias="endDate", serialization_alias="endDate"
    )
    """The subscription will be valid until this end date"""
    auto_renewal: bool | None = Field(
        default=None, validation_alias="autoRenewal", serialization_alias="autoRenewal"
    )
    """Enable the auto-renewal of the subscription after the end date"""
    reason: str | None = None
    """In case reason is empty, following text \"Activated via API\" will be added automatically"""
