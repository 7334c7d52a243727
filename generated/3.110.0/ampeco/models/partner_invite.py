"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .partner_invite_options import PartnerInviteOptions
from .partner_invite_status import PartnerInviteStatus

if TYPE_CHECKING:
    from ..params import PartnerInviteStatusLiteral


class PartnerInvite(SDKModel):
    """Partner Invite"""

    id: int
    partner_id: int = Field(
        validation_alias="partnerId", serialization_alias="partnerId"
    )
    send_via_email: bool | None = Field(
        default=None,
        validation_alias="sendViaEmail",
        serialization_alias="sendViaEmail",
    )
    email: str | None = None
    """Required by default, but if `sendViaEmail` is false, then `email` is null."""
    language: str | None = None
    """The language of the e-mail sent to the invitee. If none selected, the default end-users language will be used."""
    accept_url: str | None = Field(
        default=None, validation_alias="acceptUrl", serialization_alias="acceptUrl"
    )
    options: PartnerInviteOptions | None = None
    status: PartnerInviteStatus
    created_at: datetime = Field(
        validation_alias="createdAt", serialization_alias="createdAt"
    )
    accepted_at: datetime | None = Field(
        default=None, validation_alias="acceptedAt", serialization_alias="acceptedAt"
    )
    user_id: int | None = Field(
        default=None, validation_alias="userId", serialization_alias="userId"
    )
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
            partner_id: int,
            send_via_email: bool | None = ...,
            email: str | None = ...,
            language: str | None = ...,
            accept_url: str | None = ...,
            options: PartnerInviteOptions | None = ...,
            status: PartnerInviteStatus | PartnerInviteStatusLiteral,
            created_at: datetime,
            accepted_at: datetime | None = ...,
            user_id: int | None = ...,
            last_updated_at: datetime | None = ...,
        ) -> None: ...
