"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import SDKModel


class ChargePointShareCreateRequest(SDKModel):
    user_id: int = Field(validation_alias="userId", serialization_alias="userId")
