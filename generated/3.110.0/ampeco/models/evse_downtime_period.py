"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .evse_downtime_period_entry_mode import EvseDowntimePeriodEntryMode
from .evse_downtime_period_statuses import EvseDowntimePeriodStatuses
from .evse_downtime_period_type import EvseDowntimePeriodType

if TYPE_CHECKING:
    from ..params import (
        EvseDowntimePeriodEntryModeLiteral,
        EvseDowntimePeriodTypeLiteral,
    )


class EvseDowntimePeriod(SDKModel):
    evse_id: int = Field(validation_alias="evseId", serialization_alias="evseId")
    charge_point_id: int = Field(
        validation_alias="chargePointId", serialization_alias="chargePointId"
    )
    """ID of the charge point to which the EVSE belongs for which the downtime period is recorded."""
    started_at: datetime = Field(
        validation_alias="startedAt", serialization_alias="startedAt"
    )
    """ISO 8601 formatted date. The time at which the EVSE changed its status to meet the requirements for entering a downtime period."""
    ended_at: datetime | None = Field(
        validation_alias="endedAt", serialization_alias="endedAt"
    )
    """ISO 8601 formatted date. The time at which the EVSE changed its status to meet the requirements for exiting the downtime period."""
    id: int
    location_id: int | None = Field(
        validation_alias="locationId", serialization_alias="locationId"
    )
    """Id of associated location."""
    entry_mode: EvseDowntimePeriodEntryMode = Field(
        validation_alias="entryMode", serialization_alias="entryMode"
    )
    """* `manual` - created by an admin
    * `automatic` - created automatically by the system.
    """
    notice_id: int | None = Field(
        default=None, validation_alias="noticeId", serialization_alias="noticeId"
    )
    """Id of the predefined notices from Downtime Period Notice Resource"""
    type: EvseDowntimePeriodType
    statuses: EvseDowntimePeriodStatuses
    """A snapshot of the statuses of the charge point at the time of creation of the downtime period."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            evse_id: int,
            charge_point_id: int,
            started_at: datetime,
            ended_at: datetime | None,
            id: int,
            location_id: int | None,
            entry_mode: (
                EvseDowntimePeriodEntryMode | EvseDowntimePeriodEntryModeLiteral
            ),
            notice_id: int | None = ...,
            type: EvseDowntimePeriodType | EvseDowntimePeriodTypeLiteral,
            statuses: EvseDowntimePeriodStatuses,
        ) -> None: ...
