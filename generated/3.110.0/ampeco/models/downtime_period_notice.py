"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .evse_downtime_period_type import EvseDowntimePeriodType

if TYPE_CHECKING:
    from ..params import EvseDowntimePeriodTypeLiteral


class DowntimePeriodNotice(SDKModel):
    id: int
    type: EvseDowntimePeriodType
    notice: str
    description: str | None = None
    created_at: datetime = Field(
        validation_alias="createdAt", serialization_alias="createdAt"
    )
    """ISO 8601 formatted date"""
    last_updated_at: datetime = Field(
        validation_alias="lastUpdatedAt", serialization_alias="lastUpdatedAt"
    )
    """ISO 8601 formatted date"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: int,
            type: EvseDowntimePeriodType | EvseDowntimePeriodTypeLiteral,
            notice: str,
            description: str | None = ...,
            created_at: datetime,
            last_updated_at: datetime,
        ) -> None: ...
