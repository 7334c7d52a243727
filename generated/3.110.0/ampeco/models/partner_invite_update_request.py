"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import SDKModel
from .partner_invite_options import PartnerInviteOptions


class PartnerInviteUpdateRequest(SDKModel):
    """Partner Invite"""

    partner_id: int | None = Field(
        default=None, validation_alias="partnerId", serialization_alias="partnerId"
    )
    options: PartnerInviteOptions | None = None
