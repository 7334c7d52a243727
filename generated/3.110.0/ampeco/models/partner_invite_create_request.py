"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import SDKModel
from .partner_invite_options import PartnerInviteOptions


class PartnerInviteCreateRequest(SDKModel):
    """Partner Invite"""

    partner_id: int = Field(
        validation_alias="partnerId", serialization_alias="partnerId"
    )
    send_via_email: bool | None = Field(
        default=None,
        validation_alias="sendViaEmail",
        serialization_alias="sendViaEmail",
    )
    email: str | None = None
    """Required by default. Prohibited if sendViaEmail is false."""
    language: str | None = None
    """The language of the e-mail sent to the invitee. If none selected, the default end-users language will be used. Prohibited if `sendViaEmail` is false."""
    options: PartnerInviteOptions | None = None
