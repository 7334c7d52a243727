"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import AmpecoModel


class ChargePointShareCreateRequest(AmpecoModel):
    user_id: int = Field(validation_alias="userId", serialization_alias="userId")
