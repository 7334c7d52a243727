"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import OpenEnum, SDKModel
from .evse_changed_notification_action import EvseChangedNotificationAction

if TYPE_CHECKING:
    from ..params import (
        EvseChangedNotificationActionLiteral,
        PartnerInviteChangedNotificationNotificationLiteral,
    )


class PartnerInviteChangedNotificationNotification(OpenEnum):
    PARTNER_INVITE_CHANGED = "partnerInvite.changed"


class PartnerInviteChangedNotification(SDKModel):
    notification: PartnerInviteChangedNotificationNotification
    partner_invite_id: int = Field(
        validation_alias="partnerInviteId", serialization_alias="partnerInviteId"
    )
    user_id: int | None = Field(
        default=None, validation_alias="userId", serialization_alias="userId"
    )
    email: str | None = None
    """Email used for the association to the User."""
    action: EvseChangedNotificationAction
    allow_corporate_account_billing: bool | None = Field(
        default=None,
        validation_alias="allowCorporateAccountBilling",
        serialization_alias="allowCorporateAccountBilling",
    )
    limit_corporate_account_billing_to_partner_charge_points: bool | None = Field(
        default=None,
        validation_alias="limitCorporateAccountBillingToPartnerChargePoints",
        serialization_alias="limitCorporateAccountBillingToPartnerChargePoints",
    )
    allow_access_to_private_charge_points: bool | None = Field(
        default=None,
        validation_alias="allowAccessToPrivateChargePoints",
        serialization_alias="allowAccessToPrivateChargePoints",
    )
    last_updated_at: datetime = Field(
        validation_alias="lastUpdatedAt", serialization_alias="lastUpdatedAt"
    )
    """ISO 8601 formatted date"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            notification: (
                PartnerInviteChangedNotificationNotification
                | PartnerInviteChangedNotificationNotificationLiteral
            ),
            partner_invite_id: int,
            user_id: int | None = ...,
            email: str | None = ...,
            action: (
                EvseChangedNotificationAction | EvseChangedNotificationActionLiteral
            ),
            allow_corporate_account_billing: bool | None = ...,
            limit_corporate_account_billing_to_partner_charge_points: bool | None = ...,
            allow_access_to_private_charge_points: bool | None = ...,
            last_updated_at: datetime,
        ) -> None: ...
