"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .evse_downtime_period_entry_mode import EvseDowntimePeriodEntryMode
from .evse_downtime_period_type import EvseDowntimePeriodType

if TYPE_CHECKING:
    from ..params import (
        EvseDowntimePeriodEntryModeLiteral,
        EvseDowntimePeriodTypeLiteral,
    )


class EvseDowntimePeriodsListingFilter(SDKModel):
    evse_id: int | None = Field(
        default=None, validation_alias="evseId", serialization_alias="evseId"
    )
    charge_point_id: int | None = Field(
        default=None,
        validation_alias="chargePointId",
        serialization_alias="chargePointId",
    )
    """Filter the periods in which the evses belong to the charge point"""
    location_id: int | None = Field(
        default=None, validation_alias="locationId", serialization_alias="locationId"
    )
    entry_mode: EvseDowntimePeriodEntryMode | None = Field(
        default=None, validation_alias="entryMode", serialization_alias="entryMode"
    )
    type: EvseDowntimePeriodType | None = None
    started_after: datetime | None = Field(
        default=None,
        validation_alias="startedAfter",
        serialization_alias="startedAfter",
    )
    """ISO 8601 formatted date. Resources with `startedAt >= startedAfter`."""
    stopped_before: datetime | None = Field(
        default=None,
        validation_alias="stoppedBefore",
        serialization_alias="stoppedBefore",
    )
    """ISO 8601 formatted date. Resources with `stoppedAt <= stoppedBefore`."""
    duration_less_than: int | None = Field(
        default=None,
        validation_alias="durationLessThan",
        serialization_alias="durationLessThan",
    )
    """Resources with duration in minutes less than or equal given value."""
    duration_greater_than: int | None = Field(
        default=None,
        validation_alias="durationGreaterThan",
        serialization_alias="durationGreaterThan",
    )
    """Resources with duration in minutes greater than or equal given value."""
    last_updated_after: datetime | None = Field(
        default=None,
        validation_alias="lastUpdatedAfter",
        serialization_alias="lastUpdatedAfter",
    )
    """ISO 8601 formatted date. Lists only the specific resource that was last updated on and after this datetime"""
    last_updated_before: datetime | None = Field(
        default=None,
        validation_alias="lastUpdatedBefore",
        serialization_alias="lastUpdatedBefore",
    )
    """ISO 8601 formatted date. Lists only the specific resource that was last updated on and before this datetime"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            evse_id: int | None = ...,
            charge_point_id: int | None = ...,
            location_id: int | None = ...,
            entry_mode: (
                EvseDowntimePeriodEntryMode | EvseDowntimePeriodEntryModeLiteral | None
            ) = ...,
            type: EvseDowntimePeriodType | EvseDowntimePeriodTypeLiteral | None = ...,
            started_after: datetime | None = ...,
            stopped_before: datetime | None = ...,
            duration_less_than: int | None = ...,
            duration_greater_than: int | None = ...,
            last_updated_after: datetime | None = ...,
            last_updated_before: datetime | None = ...,
        ) -> None: ...
