"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import Field

from .._runtime.models import SDKModel


class LocationCheckBookingAvailabilityResultItemAvailableSlot(SDKModel):
    """Time slot representing an available booking period"""

    start_at: datetime = Field(
        validation_alias="startAt", serialization_alias="startAt"
    )
    """Start time of the available slot"""
    end_at: datetime = Field(validation_alias="endAt", serialization_alias="endAt")
    """End time of the available slot"""


class LocationCheckBookingAvailabilityResultItem(SDKModel):
    """Availability information for a specific EVSE"""

    evse_id: int = Field(validation_alias="evseId", serialization_alias="evseId")
    available_slots: Annotated[
        list[LocationCheckBookingAvailabilityResultItemAvailableSlot],
        Field(validation_alias="availableSlots", serialization_alias="availableSlots"),
    ]
    """Array of available time slots"""


LocationCheckBookingAvailabilityResultItem.model_rebuild()
LocationCheckBookingAvailabilityResultItemAvailableSlot.model_rebuild()
