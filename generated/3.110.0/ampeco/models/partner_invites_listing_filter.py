"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .partner_invite_status import PartnerInviteStatus

if TYPE_CHECKING:
    from ..params import PartnerInviteStatusLiteral


class PartnerInvitesListingFilter(SDKModel):
    partner_id: str | None = Field(
        default=None, validation_alias="partnerId", serialization_alias="partnerId"
    )
    """Only list expenses associated with a certain partner"""
    status: PartnerInviteStatus | None = None
    """Only list invites in this status"""
    created_from: datetime | None = Field(
        default=None, validation_alias="createdFrom", serialization_alias="createdFrom"
    )
    created_to: datetime | None = Field(
        default=None, validation_alias="createdTo", serialization_alias="createdTo"
    )
    user_id: str | None = Field(
        default=None, validation_alias="userId", serialization_alias="userId"
    )
    """Only list partner invite records accepted by a certain user"""
    invite_email: str | None = Field(
        default=None, validation_alias="inviteEmail", serialization_alias="inviteEmail"
    )
    """Only list partner invite records sent to a particular email address"""
    last_updated_after: datetime | None = Field(
        default=None,
        validation_alias="lastUpdatedAfter",
        serialization_alias="lastUpdatedAfter",
    )
    """ISO 8601 formatted date. Lists only the partner invites that were last updated on and after this datetime"""
    last_updated_before: datetime | None = Field(
        default=None,
        validation_alias="lastUpdatedBefore",
        serialization_alias="lastUpdatedBefore",
    )
    """ISO 8601 formatted date. Lists only the partner invites that were last updated on and before this datetime"""
    accepted_after: datetime | None = Field(
        default=None,
        validation_alias="acceptedAfter",
        serialization_alias="acceptedAfter",
    )
    """ISO 8601 formatted date. Lists only the partner invites that were accepted on and after this datetime"""
    accepted_before: datetime | None = Field(
        default=None,
        validation_alias="acceptedBefore",
        serialization_alias="acceptedBefore",
    )
    """ISO 8601 formatted date. Lists only the partner invites that were accepted on and before this datetime"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            partner_id: str | None = ...,
            status: PartnerInviteStatus | PartnerInviteStatusLiteral | None = ...,
            created_from: datetime | None = ...,
            created_to: datetime | None = ...,
            user_id: str | None = ...,
            invite_email: str | None = ...,
            last_updated_after: datetime | None = ...,
            last_updated_before: datetime | None = ...,
            accepted_after: datetime | None = ...,
            accepted_before: datetime | None = ...,
        ) -> None: ...
