"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import SDKModel
from .location_deprecated_working_hours_hours import LocationDeprecatedWorkingHoursHours


class LocationWorkingHours(SDKModel):
    is_always_open: bool | None = Field(
        default=None,
        validation_alias="isAlwaysOpen",
        serialization_alias="isAlwaysOpen",
    )
    """Indicates that the location is always open for charging. If set to false, the `hours` field is required, otherwise it should be ignored."""
    stop_session_outside_working_hours: bool | None = Field(
        default=None,
        validation_alias="stopSessionOutsideWorkingHours",
        serialization_alias="stopSessionOutsideWorkingHours",
    )
    """If a User has initiated a charging session during Working hours but it is already outside of the Working hours, the session will be terminated by the system. This is valid only for Users that are not included in one of the User Groups for which the Location is available 24/7."""
    always_open_for_user_group_ids: list[float] | None = Field(
        default=None,
        validation_alias="alwaysOpenForUserGroupIds",
        serialization_alias="alwaysOpenForUserGroupIds",
    )
    hours: LocationDeprecatedWorkingHoursHours | None = None
    """The times should be considered to be in the location/tenant timezone.
    If a day does not have any working hour intervals, it will be treated as closed for the whole day.
    """
