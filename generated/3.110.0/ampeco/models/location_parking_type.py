"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenEnum


class LocationParkingType(OpenEnum):
    """Indicates the type of parking available at the charging location. This field helps EV drivers understand the physical parking environment before arrival.

    **Valid values:**
    - `ALONG_MOTORWAY` - Located along a motorway/highway, typically at rest areas or service stations
    - `PARKING_GARAGE` - Multi-level parking garage structure, either above-ground or mixed-use
    - `PARKING_LOT` - Surface parking lot, open-air parking area
    - `ON_DRIVEWAY` - Located on a private driveway, typically residential or small business
    - `ON_STREET` - Street-side parking, curbside charging locations
    - `UNDERGROUND_GARAGE` - Underground parking structure, subterranean parking facility

    **Request behavior (POST/PATCH):**
    - Optional field when creating or updating locations
    - Send `null` to clear the parking type
    - Omit the field in PATCH requests to leave the existing value unchanged

    **Response behavior (GET):**
    - Field is omitted from the response when no parking type is configured (null in database)
    - When present, returns one of the valid enum values listed above
    """

    ALONG_MOTORWAY = "ALONG_MOTORWAY"
    PARKING_GARAGE = "PARKING_GARAGE"
    PARKING_LOT = "PARKING_LOT"
    ON_DRIVEWAY = "ON_DRIVEWAY"
    ON_STREET = "ON_STREET"
    UNDERGROUND_GARAGE = "UNDERGROUND_GARAGE"
