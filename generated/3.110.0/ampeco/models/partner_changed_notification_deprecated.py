"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import OpenEnum, SDKModel
from .evse_changed_notification_action import EvseChangedNotificationAction

if TYPE_CHECKING:
    from ..params import (
        EvseChangedNotificationActionLiteral,
        PartnerChangedNotificationDeprecatedNotificationLiteral,
    )


class PartnerChangedNotificationDeprecatedNotification(OpenEnum):
    PARTNER_CHANGED = "partner.changed"


class PartnerChangedNotificationDeprecated(SDKModel):
    notification: PartnerChangedNotificationDeprecatedNotification
    partner_id: int = Field(
        validation_alias="partnerId", serialization_alias="partnerId"
    )
    """The unique identifier of the partner"""
    action: EvseChangedNotificationAction
    """The type of change that occurred"""
    last_updated_at: datetime = Field(
        validation_alias="lastUpdatedAt", serialization_alias="lastUpdatedAt"
    )
    """ISO 8601 formatted date"""
    external_id: str | None = Field(
        default=None, validation_alias="externalId", serialization_alias="externalId"
    )
    """The external ID of the partner (only present for 'deleted' action when value exists)"""
    company_name: str | None = Field(
        default=None, validation_alias="companyName", serialization_alias="companyName"
    )
    """The name of the company as per the legal registration (only present for 'deleted' action when value exists)"""
    business_name: str | None = Field(
        default=None,
        validation_alias="businessName",
        serialization_alias="businessName",
    )
    """The operational name of the business if different from company name (only present for 'deleted' action when value exists)"""
    reg_no: str | None = Field(
        default=None, validation_alias="regNo", serialization_alias="regNo"
    )
    """National company registration number (only present for 'deleted' action when value exists)"""
    vat_no: str | None = Field(
        default=None, validation_alias="vatNo", serialization_alias="vatNo"
    )
    """The partner's VAT registration number (only present for 'deleted' action when value exists)"""
    country: str | None = None
    """ISO 3166-1 alpha-2 country code (e.g., DE, BG, US) (only present for 'deleted' action when value exists)"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            notification: (
                PartnerChangedNotificationDeprecatedNotification
                | PartnerChangedNotificationDeprecatedNotificationLiteral
            ),
            partner_id: int,
            action: (
                EvseChangedNotificationAction | EvseChangedNotificationActionLiteral
            ),
            last_updated_at: datetime,
            external_id: str | None = ...,
            company_name: str | None = ...,
            business_name: str | None = ...,
            reg_no: str | None = ...,
            vat_no: str | None = ...,
            country: str | None = ...,
        ) -> None: ...
