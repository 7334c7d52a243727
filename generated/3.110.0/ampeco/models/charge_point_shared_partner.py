"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime

from pydantic import Field

from .._runtime.models import SDKModel


class ChargePointSharedPartner(SDKModel):
    id: int
    """the id of the partner"""
    shared_at: datetime = Field(
        validation_alias="sharedAt", serialization_alias="sharedAt"
    )
    """ISO 8601 formatted date"""
