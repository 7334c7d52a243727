"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from __future__ import annotations

from datetime import time

from .._runtime.models import SDKModel


class LocationDeprecatedWorkingHoursHoursFridayItem(SDKModel):
    start: time
    end: time


class LocationDeprecatedWorkingHoursHours(SDKModel):
    """The times should be considered to be in the location/tenant timezone.
    If a day does not have any entries, it will be treated as closed for the whole day.
    """

    monday: list[LocationDeprecatedWorkingHoursHoursFridayItem] | None = None
    """Working hours interval for single day"""
    tuesday: list[LocationDeprecatedWorkingHoursHoursFridayItem] | None = None
    """Working hours interval for single day"""
    wednesday: list[LocationDeprecatedWorkingHoursHoursFridayItem] | None = None
    """Working hours interval for single day"""
    thursday: list[LocationDeprecatedWorkingHoursHoursFridayItem] | None = None
    """Working hours interval for single day"""
    friday: list[LocationDeprecatedWorkingHoursHoursFridayItem] | None = None
    """Working hours interval for single day"""
    saturday: list[LocationDeprecatedWorkingHoursHoursFridayItem] | None = None
    """Working hours interval for single day"""
    sunday: list[LocationDeprecatedWorkingHoursHoursFridayItem] | None = None
    """Working hours interval for single day"""


LocationDeprecatedWorkingHoursHours.model_rebuild()
LocationDeprecatedWorkingHoursHoursFridayItem.model_rebuild()
