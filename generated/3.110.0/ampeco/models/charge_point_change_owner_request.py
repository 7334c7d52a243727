"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import SDKModel


class ChargePointChangeOwnerRequest(SDKModel):
    user_id: int | None = Field(
        default=None, validation_alias="userId", serialization_alias="userId"
    )
    """This User would become the owner of the personal charge point. If left empty - no Owner would be assigned."""
