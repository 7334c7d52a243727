"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from __future__ import annotations

from datetime import datetime

from pydantic import Field

from .._runtime.models import AmpecoModel, OpenEnum
from .australian_state import AustralianState
from .evse_changed_notification_action import EvseChangedNotificationAction
from .location_deprecated_status import LocationDeprecatedStatus
from .location_deprecated_working_hours import LocationDeprecatedWorkingHours
from .location_geoposition import LocationGeoposition
from .location_image import LocationImage
from .partner_country import PartnerCountry
from .us_state import UsState


class LocationChangedNotificationNotification(OpenEnum):
    LOCATION_CHANGED_NOTIFICATION = "LocationChangedNotification"


class LocationChangedNotificationLocation(AmpecoModel):
    id: int | None = None
    public_charge_points: int | None = None
    """The number of the charge points in that location that are both public and active"""
    public_charge_points_ids: list[int] | None = None
    """The ids of the charge points in that location that are both public and active"""
    name: dict[str, str | None] | None = None
    """Locales that have been created and are not provided on an update will be deleted. Please provide values in all locales that you wish to keep."""
    status: LocationDeprecatedStatus | None = Field(default=None, deprecated=True)
    description: dict[str, str | None] | None = None
    """Locales that have been created and are not provided on an update will be deleted. Please provide values in all locales that you wish to keep."""
    detailed_description: dict[str, str | None] | None = None
    """Locales that have been created and are not provided on an update will be deleted. Please provide values in all locales that you wish to keep."""
    additional_description: dict[str, str | None] | None = None
    """Locales that have been created and are not provided on an update will be deleted. Please provide values in all locales that you wish to keep."""
    geoposition: LocationGeoposition | None = None
    address: dict[str, str | None] | None = None
    """Locales that have been created and are not provided on an update will be deleted. Please provide values in all locales that you wish to keep."""
    post_code: str | None = None
    region: UsState | AustralianState | str | None = None
    city: str | None = None
    country: PartnerCountry | None = None
    external_id: str | None = None
    """The field should have unique value"""
    timezone: str | None = None
    """A valid timezone in the form of Area/Location, required when `Allow Multiple Time Zones` option is turned on in the Timezone Setting."""
    location_image: LocationImage | None = None
    images: list[LocationImage] | None = None
    working_hours: LocationDeprecatedWorkingHours | None = None
    last_updated_at: datetime | None = Field(
        default=None,
        validation_alias="lastUpdatedAt",
        serialization_alias="lastUpdatedAt",
    )
    """ISO 8601 formatted date"""


class LocationChangedNotification(AmpecoModel):
    notification: LocationChangedNotificationNotification
    location: LocationChangedNotificationLocation
    action: EvseChangedNotificationAction | None = None
    last_updated_at: datetime = Field(
        validation_alias="lastUpdatedAt", serialization_alias="lastUpdatedAt"
    )
    """ISO 8601 formatted date"""


LocationChangedNotification.model_rebuild()
LocationChangedNotificationLocation.model_rebuild()
