"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from __future__ import annotations

from datetime import datetime
from typing import Any, TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .charge_point_evse_connector_status import ChargePointEvseConnectorStatus
from .charge_point_vendor_update_request import ChargePointVendorUpdateRequest
from .location_access_method import LocationAccessMethod
from .location_charging_zone_additional_info import LocationChargingZoneAdditionalInfo
from .location_facility import LocationFacility
from .location_geoposition import LocationGeoposition
from .location_image import LocationImage
from .location_parking_type import LocationParkingType
from .location_working_hours import LocationWorkingHours
from .partner_country import PartnerCountry
from .partner_state import PartnerState
from .payment_terminal_option12_info_item import PaymentTerminalOption12InfoItem

if TYPE_CHECKING:
    from ..params import (
        ChargePointEvseConnectorStatusLiteral,
        LocationAccessMethodLiteral,
        LocationFacilityLiteral,
        LocationParkingTypeLiteral,
        PartnerCountryLiteral,
        PartnerStateLiteral,
    )


class LocationChargingZone2(SDKModel):
    id: int | None = None
    name: str | None = None
    """Internal name of the Charging Zone. This isn't visible to end-users in the app."""
    location_id: int | None = Field(
        default=None, validation_alias="locationId", serialization_alias="locationId"
    )
    """The ID of the Location, which the Charging Zone belongs to."""
    status: ChargePointEvseConnectorStatus | None = None
    additional_info: LocationChargingZoneAdditionalInfo | None = Field(
        default=None,
        validation_alias="additionalInfo",
        serialization_alias="additionalInfo",
    )
    """Additional information for the charging zone that is shown in the mobile app when the Location is viewed."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: int | None = ...,
            name: str | None = ...,
            location_id: int | None = ...,
            status: (
                ChargePointEvseConnectorStatus
                | ChargePointEvseConnectorStatusLiteral
                | None
            ) = ...,
            additional_info: LocationChargingZoneAdditionalInfo | None = ...,
        ) -> None: ...


class LocationRoaming(SDKModel):
    """Contains details about the owner, operator, and suboperator of the location as provided by the CPO partner via OCPI."""

    owner: ChargePointVendorUpdateRequest | None = None
    operator: ChargePointVendorUpdateRequest | None = None
    suboperator: ChargePointVendorUpdateRequest | None = None


class Location(SDKModel):
    id: int | None = None
    external_id: str | None = Field(
        default=None, validation_alias="externalId", serialization_alias="externalId"
    )
    name: list[PaymentTerminalOption12InfoItem]
    description: list[PaymentTerminalOption12InfoItem] | None = None
    short_description: list[PaymentTerminalOption12InfoItem] | None = Field(
        default=None,
        validation_alias="shortDescription",
        serialization_alias="shortDescription",
    )
    additional_description: list[PaymentTerminalOption12InfoItem] | None = Field(
        default=None,
        validation_alias="additionalDescription",
        serialization_alias="additionalDescription",
    )
    geoposition: LocationGeoposition
    address: list[PaymentTerminalOption12InfoItem]
    """The full address of the location"""
    street_address: list[PaymentTerminalOption12InfoItem] | None = Field(
        default=None,
        validation_alias="streetAddress",
        serialization_alias="streetAddress",
    )
    """The street address of the location"""
    city: str | None
    region: str | None = None
    """When country is not in US, AU, CA, UM or RO, you can provide the region"""
    state: PartnerState | None = None
    """When the selected country is one of US, AU, CA, UM or RO"""
    country: PartnerCountry
    post_code: str | None = Field(
        default=None, validation_alias="postCode", serialization_alias="postCode"
    )
    timezone: str | None = None
    """A valid timezone in the form of Area/Location, required when `Allow Multiple Time Zones` option is turned on in the Timezone Setting."""
    parking_type: LocationParkingType | None = Field(
        default=None, validation_alias="parkingType", serialization_alias="parkingType"
    )
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
    access_methods: list[LocationAccessMethod] | None = Field(
        default=None,
        validation_alias="accessMethods",
        serialization_alias="accessMethods",
    )
    """Physical access methods available at this location. Multiple methods can be selected if the site supports different access types.

    **Request behavior (POST/PATCH):**
    - Optional field when creating or updating locations
    - Send `null` to clear all access methods
    - Send `[]` to store an empty access methods list
    - Duplicate values are automatically de-duplicated before storage
    - Omit the field in PATCH requests to leave the existing value unchanged

    **Response behavior (GET):**
    - Field is omitted from the response when no access methods are configured (null in database)
    - When access methods are configured but the array is empty, returns an empty array `[]`
    - When present, returns an array of valid enum values listed above

    **Available methods:**
    - `OPEN` - Publicly accessible without restrictions
    - `TOKEN` - Access via RFID token or card
    - `LICENSE_PLATE` - Access via license plate recognition
    - `ACCESS_CODE` - Access via PIN/access code entry
    - `INTERCOM` - Access via intercom system
    - `PARKING_TICKET` - Access via parking ticket validation
    """
    facilities: list[LocationFacility] | None = None
    """Describes amenities and facilities available at or near the charging location. Most values are self-explanatory. Special categories include:
    - `RECREATION_AREA` - Parks, playgrounds, or leisure facilities
    - `CARPOOL_PARKING` - Dedicated parking for carpooling/ridesharing
    - `NATURE` - Natural attractions or green spaces

    **Request behavior (POST/PATCH):**
    - Optional field when creating or updating locations
    - Send `null` to clear all facilities
    - Send `[]` to store an empty facilities list
    - Duplicate values are automatically de-duplicated before storage
    - Omit the field in PATCH requests to leave the existing value unchanged

    **Response behavior (GET):**
    - Field is omitted from the response when no facilities are configured (null in database)
    - When facilities are configured but the array is empty, returns an empty array `[]`
    - When present, returns an array of valid enum values listed above
    """
    location_image: LocationImage | None = Field(
        default=None,
        validation_alias="locationImage",
        serialization_alias="locationImage",
    )
    """If `include[]=locationImage` is provided with the request, the `locationImageId` will be replaced with the `locationImage` object if a location image has been assigned to the Location"""
    images: list[LocationImage] | None = None
    """If `include[]=images` is provided with the request, this array will contain the properties of all images assigned to the location."""
    working_hours: LocationWorkingHours | None = Field(
        default=None,
        validation_alias="workingHours",
        serialization_alias="workingHours",
    )
    charging_zones: list[LocationChargingZone2] | None = Field(
        default=None,
        validation_alias="chargingZones",
        serialization_alias="chargingZones",
    )
    """If `include[]=chargingZones` is provided with the request, the location charging zones will be provided here."""
    roaming_operator_id: int = Field(
        validation_alias="roamingOperatorId", serialization_alias="roamingOperatorId"
    )
    """For roaming Locations, the ID of the roaming operator is provided."""
    roaming: LocationRoaming | None = None
    """Contains details about the owner, operator, and suboperator of the location as provided by the CPO partner via OCPI."""
    tags: list[str] | None = None
    external_app_data: dict[str, Any] | None = Field(
        default=None,
        validation_alias="externalAppData",
        serialization_alias="externalAppData",
    )
    """Used to hold any external application data related to the Location."""
    last_updated_at: datetime | None = Field(
        default=None,
        validation_alias="lastUpdatedAt",
        serialization_alias="lastUpdatedAt",
    )
    """ISO 8601 formatted date"""
    status: ChargePointEvseConnectorStatus | None = Field(
        default=None, deprecated="Location.status is deprecated"
    )
    """Deprecated."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: int | None = ...,
            external_id: str | None = ...,
            name: list[PaymentTerminalOption12InfoItem],
            description: list[PaymentTerminalOption12InfoItem] | None = ...,
            short_description: list[PaymentTerminalOption12InfoItem] | None = ...,
            additional_description: list[PaymentTerminalOption12InfoItem] | None = ...,
            geoposition: LocationGeoposition,
            address: list[PaymentTerminalOption12InfoItem],
            street_address: list[PaymentTerminalOption12InfoItem] | None = ...,
            city: str | None,
            region: str | None = ...,
            state: PartnerState | PartnerStateLiteral | None = ...,
            country: PartnerCountry | PartnerCountryLiteral,
            post_code: str | None = ...,
            timezone: str | None = ...,
            parking_type: LocationParkingType | LocationParkingTypeLiteral | None = ...,
            access_methods: (
                list[LocationAccessMethod | LocationAccessMethodLiteral] | None
            ) = ...,
            facilities: list[LocationFacility | LocationFacilityLiteral] | None = ...,
            location_image: LocationImage | None = ...,
            images: list[LocationImage] | None = ...,
            working_hours: LocationWorkingHours | None = ...,
            charging_zones: list[LocationChargingZone2] | None = ...,
            roaming_operator_id: int,
            roaming: LocationRoaming | None = ...,
            tags: list[str] | None = ...,
            external_app_data: dict[str, Any] | None = ...,
            last_updated_at: datetime | None = ...,
            status: (
                ChargePointEvseConnectorStatus
                | ChargePointEvseConnectorStatusLiteral
                | None
            ) = ...,
        ) -> None: ...


Location.model_rebuild()
LocationChargingZone2.model_rebuild()
LocationRoaming.model_rebuild()
