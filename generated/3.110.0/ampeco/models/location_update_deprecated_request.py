"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import AmpecoModel
from .australian_state import AustralianState
from .location_deprecated_status import LocationDeprecatedStatus
from .location_deprecated_working_hours import LocationDeprecatedWorkingHours
from .location_geoposition import LocationGeoposition
from .partner_country import PartnerCountry
from .us_state import UsState


class LocationUpdateDeprecatedRequest(AmpecoModel):
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
    working_hours: LocationDeprecatedWorkingHours | None = None
