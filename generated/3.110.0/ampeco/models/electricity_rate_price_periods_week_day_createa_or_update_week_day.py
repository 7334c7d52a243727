"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenEnum


class ElectricityRatePricePeriodsWeekDayCreateaOrUpdateWeekDay(OpenEnum):
    """The weekday that the provided periods apply to. Can be one of the listed days of the week or `any` to signify that the periods apply to any week day.
    Once an electricity rate has `any` day defined, further requests providing a specific weekday will be rejected.
    Once an electricity rate has a specific week day defined, further requests providing `any` will be rejected.
    """

    MON = "mon"
    TUE = "tue"
    WED = "wed"
    THU = "thu"
    FRI = "fri"
    SAT = "sat"
    SUN = "sun"
    ANY = "any"
