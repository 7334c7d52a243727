"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime

from pydantic import Field

from .._runtime.models import SDKModel


class ChargePointShare(SDKModel):
    id: int
    user_id: int = Field(validation_alias="userId", serialization_alias="userId")
    shared_on: datetime = Field(
        validation_alias="sharedOn", serialization_alias="sharedOn"
    )
    """ISO 8601 formatted date"""
