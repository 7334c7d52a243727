"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from __future__ import annotations

from datetime import time
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import OpenEnum, SDKModel

if TYPE_CHECKING:
    from ..params import ChargePointSmartChargingOption1PeriodWeekDayLiteral


class ChargePointSmartChargingOption1PeriodWeekDay(OpenEnum):
    """Specify the day for which the pricing would be valid."""

    ALL = "all"
    MON = "mon"
    TUE = "tue"
    WED = "wed"
    THU = "thu"
    FRI = "fri"
    SAT = "sat"
    SUN = "sun"


class ChargePointSmartChargingOption1PeriodElement(SDKModel):
    start_at: time = Field(validation_alias="startAt", serialization_alias="startAt")
    """The 24-hour format should be used.</br>
    Example `00:00`
    """
    end_at: time = Field(validation_alias="endAt", serialization_alias="endAt")
    """The 24-hour format should be used.</br>
    Example `01:00`
    """
    max_current: float | None = Field(
        default=None, validation_alias="maxCurrent", serialization_alias="maxCurrent"
    )


class ChargePointSmartChargingOption1Period(SDKModel):
    week_day: ChargePointSmartChargingOption1PeriodWeekDay = Field(
        validation_alias="weekDay", serialization_alias="weekDay"
    )
    """Specify the day for which the pricing would be valid."""
    elements: list[ChargePointSmartChargingOption1PeriodElement]

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            week_day: (
                ChargePointSmartChargingOption1PeriodWeekDay
                | ChargePointSmartChargingOption1PeriodWeekDayLiteral
            ),
            elements: list[ChargePointSmartChargingOption1PeriodElement],
        ) -> None: ...


ChargePointSmartChargingOption1Period.model_rebuild()
ChargePointSmartChargingOption1PeriodElement.model_rebuild()
