"""Operations of ``client.locations`` (resource / locations)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from .._operations import OPERATIONS
from .._runtime.streaming import (
    to_async_raw,
    to_async_raw_listing,
    to_async_streamed,
    to_async_streamed_listing,
    to_raw,
    to_raw_listing,
    to_streamed,
    to_streamed_listing,
)
from .._runtime.pagination import AsyncPager, SyncPager
from .._runtime.types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    import httpx

    from .._runtime.client import AsyncClient, SyncClient
    from ..models.location import Location
    from ..models.location_charging_zone import LocationChargingZone
    from ..models.location_charging_zone_create_request import (
        LocationChargingZoneCreateRequest,
    )
    from ..models.location_charging_zone_update_request import (
        LocationChargingZoneUpdateRequest,
    )
    from ..models.location_check_booking_availability_request import (
        LocationCheckBookingAvailabilityRequest,
    )
    from ..models.location_check_booking_availability_result_item import (
        LocationCheckBookingAvailabilityResultItem,
    )
    from ..models.location_create_deprecated_request import (
        LocationCreateDeprecatedRequest,
    )
    from ..models.location_create_request import LocationCreateRequest
    from ..models.location_delete_include_item import LocationDeleteIncludeItem
    from ..models.location_deprecated import LocationDeprecated
    from ..models.location_update_deprecated_request import (
        LocationUpdateDeprecatedRequest,
    )
    from ..models.location_update_request import LocationUpdateRequest
    from ..models.locations_listing_deprecated_filter import (
        LocationsListingDeprecatedFilter,
    )
    from ..models.locations_listing_filter import LocationsListingFilter
    from ..params import (
        LocationChargingZoneCreateRequestParam,
        LocationChargingZoneUpdateRequestParam,
        LocationCheckBookingAvailabilityRequestParam,
        LocationCreateDeprecatedRequestParam,
        LocationCreateRequestParam,
        LocationDeleteIncludeItemLiteral,
        LocationUpdateDeprecatedRequestParam,
        LocationUpdateRequestParam,
        LocationsListingDeprecatedFilterParam,
        LocationsListingFilterParam,
    )

__all__ = [
    "AsyncLocationsResource",
    "AsyncLocationsResourceWithRawResponse",
    "AsyncLocationsResourceWithStreamingResponse",
    "LocationsResource",
    "LocationsResourceWithRawResponse",
    "LocationsResourceWithStreamingResponse",
]


class LocationsResource:
    """Synchronous operations of resource / locations."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def charging_zone_create(
        self,
        location: int,
        *,
        body: (
            LocationChargingZoneCreateRequest | LocationChargingZoneCreateRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> LocationChargingZone:
        """Location / Charging Zone / Create

        Create a new Charging Zone

        Args:
            location: the location path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/locations/v2.0/{location}/charging-zones`` (operationId ``locationChargingZoneCreate``)
        """
        from ..models.location_charging_zone import LocationChargingZone
        from ..models.location_charging_zone_create_request import (
            LocationChargingZoneCreateRequest,
        )

        return self._client._request(
            OPERATIONS["locationChargingZoneCreate"],
            LocationChargingZone,
            path={"location": location},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=LocationChargingZoneCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def charging_zone_delete(
        self,
        location: int,
        charging_zone: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Location / Charging Zone / Delete

        Args:
            location: the location path parameter
            charging_zone: the chargingZone path parameter

        ``DELETE /public-api/resources/locations/v2.0/{location}/charging-zones/{chargingZone}`` (operationId ``locationChargingZoneDelete``)
        """
        return self._client._request(
            OPERATIONS["locationChargingZoneDelete"],
            None,
            path={"location": location, "chargingZone": charging_zone},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def charging_zone_read(
        self,
        location: int,
        charging_zone: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> LocationChargingZone:
        """Location / Charging Zone / Read

        Get a Charging Zone

        Args:
            location: the location path parameter
            charging_zone: the chargingZone path parameter

        ``GET /public-api/resources/locations/v2.0/{location}/charging-zones/{chargingZone}`` (operationId ``locationChargingZoneRead``)
        """
        from ..models.location_charging_zone import LocationChargingZone

        return self._client._request(
            OPERATIONS["locationChargingZoneRead"],
            LocationChargingZone,
            path={"location": location, "chargingZone": charging_zone},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def charging_zone_update(
        self,
        location: int,
        charging_zone: int,
        *,
        body: (
            LocationChargingZoneUpdateRequest | LocationChargingZoneUpdateRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> LocationChargingZone:
        """Location / Charging Zones / Update

        Update a existing Charging Zone

        Args:
            location: the location path parameter
            charging_zone: the chargingZone path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/locations/v2.0/{location}/charging-zones/{chargingZone}`` (operationId ``locationChargingZoneUpdate``)
        """
        from ..models.location_charging_zone import LocationChargingZone
        from ..models.location_charging_zone_update_request import (
            LocationChargingZoneUpdateRequest,
        )

        return self._client._request(
            OPERATIONS["locationChargingZoneUpdate"],
            LocationChargingZone,
            path={"location": location, "chargingZone": charging_zone},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=LocationChargingZoneUpdateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def charging_zones_listing(
        self,
        location: int,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[LocationChargingZone]:
        """Location / Charging Zones / Listing

        Get all Charging Zones

        Args:
            location: the location path parameter
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.

        ``GET /public-api/resources/locations/v2.0/{location}/charging-zones`` (operationId ``locationChargingZonesListing``)
        """
        from ..models.location_charging_zone import LocationChargingZone

        return self._client._paginate(
            OPERATIONS["locationChargingZonesListing"],
            LocationChargingZone,
            path={"location": location},
            query={"per_page": per_page, "cursor": cursor},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def check_booking_availability(
        self,
        location: int,
        *,
        body: (
            LocationCheckBookingAvailabilityRequest
            | LocationCheckBookingAvailabilityRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> list[LocationCheckBookingAvailabilityResultItem]:
        """Location / Check Booking Availability

        Get a consolidated view of EVSEs availability for a given location and time frame.
        Returns available time slots for each bookable EVSE at the location.


        Args:
            location: Location ID
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/locations/v2.0/{location}/check-booking-availability`` (operationId ``locationCheckBookingAvailability``)
        """
        from ..models.location_check_booking_availability_request import (
            LocationCheckBookingAvailabilityRequest,
        )
        from ..models.location_check_booking_availability_result_item import (
            LocationCheckBookingAvailabilityResultItem,
        )

        return self._client._request(
            OPERATIONS["locationCheckBookingAvailability"],
            list[LocationCheckBookingAvailabilityResultItem],
            path={"location": location},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=LocationCheckBookingAvailabilityRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def create(
        self,
        *,
        body: LocationCreateRequest | LocationCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Location:
        """Location / Create

        Create a new location

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/locations/v2.0`` (operationId ``locationCreate``)
        """
        from ..models.location import Location
        from ..models.location_create_request import LocationCreateRequest

        return self._client._request(
            OPERATIONS["locationCreate"],
            Location,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=LocationCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def create_deprecated(
        self,
        *,
        body: LocationCreateDeprecatedRequest | LocationCreateDeprecatedRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> LocationDeprecated:
        """Location / Create

        Create new location

        Deprecated. Use ``client.locations.create()`` instead.

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/locations/v1.0`` (operationId ``locationCreateDeprecated``)
        """
        from ..models.location_create_deprecated_request import (
            LocationCreateDeprecatedRequest,
        )
        from ..models.location_deprecated import LocationDeprecated

        return self._client._request(
            OPERATIONS["locationCreateDeprecated"],
            LocationDeprecated,
            body=body,
            timeout=timeout,
            body_type=LocationCreateDeprecatedRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def delete(
        self,
        location: int,
        *,
        include: (
            Sequence[LocationDeleteIncludeItem | LocationDeleteIncludeItemLiteral]
            | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Location / Delete

        Delete a location

        Args:
            location: the location path parameter

        ``DELETE /public-api/resources/locations/v2.0/{location}`` (operationId ``locationDelete``)
        """
        return self._client._request(
            OPERATIONS["locationDelete"],
            None,
            path={"location": location},
            query={"include": include},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def delete_deprecated(
        self,
        location: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Location / Delete

        Delete a location

        Deprecated. Use ``client.locations.delete()`` instead.

        Args:
            location: Location ID

        ``DELETE /public-api/resources/locations/v1.0/{location}`` (operationId ``locationDeleteDeprecated``)
        """
        return self._client._request(
            OPERATIONS["locationDeleteDeprecated"],
            None,
            path={"location": location},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def listing(
        self,
        *,
        filter: LocationsListingFilter | LocationsListingFilterParam | None = None,
        include: (
            Sequence[LocationDeleteIncludeItem | LocationDeleteIncludeItemLiteral]
            | None
        ) = None,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[Location]:
        """Locations / Listing

        Get all locations

        Args:
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.

        ``GET /public-api/resources/locations/v2.0`` (operationId ``locationsListing``)
        """
        from ..models.location import Location
        from ..models.locations_listing_filter import LocationsListingFilter

        return self._client._paginate(
            OPERATIONS["locationsListing"],
            Location,
            query={
                "filter": filter,
                "include": include,
                "per_page": per_page,
                "cursor": cursor,
            },
            timeout=timeout,
            query_types={"filter": LocationsListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def listing_deprecated(
        self,
        *,
        filter: (
            LocationsListingDeprecatedFilter
            | LocationsListingDeprecatedFilterParam
            | None
        ) = None,
        page: int | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[LocationDeprecated]:
        """Locations / Listing

        Get all locations

        Deprecated. Use ``client.locations.listing()`` instead.

        Args:
            page: The page number to fetch (defaults to 1). Not used in cursor pagination.
            per_page: The numbers of items to return. Used in both page and cursor pagination to declare the page size.
            cursor: The cursor to fetch the next page. Set it to empty in order to engage the cursor pagination that has more performance but requires you to get each pages response before you can move on to the next page. for example `?cursor`

        ``GET /public-api/resources/locations/v1.0`` (operationId ``locationsListingDeprecated``)
        """
        from ..models.location_deprecated import LocationDeprecated
        from ..models.locations_listing_deprecated_filter import (
            LocationsListingDeprecatedFilter,
        )

        return self._client._paginate(
            OPERATIONS["locationsListingDeprecated"],
            LocationDeprecated,
            query={
                "filter": filter,
                "page": page,
                "per_page": per_page,
                "cursor": cursor,
            },
            timeout=timeout,
            query_types={"filter": LocationsListingDeprecatedFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def read(
        self,
        location: int,
        *,
        include: (
            Sequence[LocationDeleteIncludeItem | LocationDeleteIncludeItemLiteral]
            | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Location:
        """Location / Read

        Get a location

        Args:
            location: the location path parameter

        ``GET /public-api/resources/locations/v2.0/{location}`` (operationId ``locationRead``)
        """
        from ..models.location import Location

        return self._client._request(
            OPERATIONS["locationRead"],
            Location,
            path={"location": location},
            query={"include": include},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def read_deprecated(
        self,
        location: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> LocationDeprecated:
        """Location / Read

        Get a single location

        Deprecated. Use ``client.locations.read()`` instead.

        Args:
            location: Location ID

        ``GET /public-api/resources/locations/v1.0/{location}`` (operationId ``locationReadDeprecated``)
        """
        from ..models.location_deprecated import LocationDeprecated

        return self._client._request(
            OPERATIONS["locationReadDeprecated"],
            LocationDeprecated,
            path={"location": location},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def update(
        self,
        location: int,
        *,
        body: LocationUpdateRequest | LocationUpdateRequestParam,
        include: (
            Sequence[LocationDeleteIncludeItem | LocationDeleteIncludeItemLiteral]
            | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Location:
        """Location / Update

        Update a location

        Args:
            location: the location path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/locations/v2.0/{location}`` (operationId ``locationUpdate``)
        """
        from ..models.location import Location
        from ..models.location_update_request import LocationUpdateRequest

        return self._client._request(
            OPERATIONS["locationUpdate"],
            Location,
            path={"location": location},
            query={"include": include},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=LocationUpdateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def update_deprecated(
        self,
        location: int,
        *,
        body: LocationUpdateDeprecatedRequest | LocationUpdateDeprecatedRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> LocationDeprecated:
        """Location / Update

        Update a location

        Deprecated. Use ``client.locations.update()`` instead.

        Args:
            location: Location ID
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/locations/v1.0/{location}`` (operationId ``locationUpdateDeprecated``)
        """
        from ..models.location_deprecated import LocationDeprecated
        from ..models.location_update_deprecated_request import (
            LocationUpdateDeprecatedRequest,
        )

        return self._client._request(
            OPERATIONS["locationUpdateDeprecated"],
            LocationDeprecated,
            path={"location": location},
            body=body,
            timeout=timeout,
            body_type=LocationUpdateDeprecatedRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class AsyncLocationsResource:
    """Asynchronous operations of resource / locations."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def charging_zone_create(
        self,
        location: int,
        *,
        body: (
            LocationChargingZoneCreateRequest | LocationChargingZoneCreateRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> LocationChargingZone:
        """Location / Charging Zone / Create

        Create a new Charging Zone

        Args:
            location: the location path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/locations/v2.0/{location}/charging-zones`` (operationId ``locationChargingZoneCreate``)
        """
        from ..models.location_charging_zone import LocationChargingZone
        from ..models.location_charging_zone_create_request import (
            LocationChargingZoneCreateRequest,
        )

        return await self._client._request(
            OPERATIONS["locationChargingZoneCreate"],
            LocationChargingZone,
            path={"location": location},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=LocationChargingZoneCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def charging_zone_delete(
        self,
        location: int,
        charging_zone: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Location / Charging Zone / Delete

        Args:
            location: the location path parameter
            charging_zone: the chargingZone path parameter

        ``DELETE /public-api/resources/locations/v2.0/{location}/charging-zones/{chargingZone}`` (operationId ``locationChargingZoneDelete``)
        """
        return await self._client._request(
            OPERATIONS["locationChargingZoneDelete"],
            None,
            path={"location": location, "chargingZone": charging_zone},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def charging_zone_read(
        self,
        location: int,
        charging_zone: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> LocationChargingZone:
        """Location / Charging Zone / Read

        Get a Charging Zone

        Args:
            location: the location path parameter
            charging_zone: the chargingZone path parameter

        ``GET /public-api/resources/locations/v2.0/{location}/charging-zones/{chargingZone}`` (operationId ``locationChargingZoneRead``)
        """
        from ..models.location_charging_zone import LocationChargingZone

        return await self._client._request(
            OPERATIONS["locationChargingZoneRead"],
            LocationChargingZone,
            path={"location": location, "chargingZone": charging_zone},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def charging_zone_update(
        self,
        location: int,
        charging_zone: int,
        *,
        body: (
            LocationChargingZoneUpdateRequest | LocationChargingZoneUpdateRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> LocationChargingZone:
        """Location / Charging Zones / Update

        Update a existing Charging Zone

        Args:
            location: the location path parameter
            charging_zone: the chargingZone path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/locations/v2.0/{location}/charging-zones/{chargingZone}`` (operationId ``locationChargingZoneUpdate``)
        """
        from ..models.location_charging_zone import LocationChargingZone
        from ..models.location_charging_zone_update_request import (
            LocationChargingZoneUpdateRequest,
        )

        return await self._client._request(
            OPERATIONS["locationChargingZoneUpdate"],
            LocationChargingZone,
            path={"location": location, "chargingZone": charging_zone},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=LocationChargingZoneUpdateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def charging_zones_listing(
        self,
        location: int,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[LocationChargingZone]:
        """Location / Charging Zones / Listing

        Get all Charging Zones

        Args:
            location: the location path parameter
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.

        ``GET /public-api/resources/locations/v2.0/{location}/charging-zones`` (operationId ``locationChargingZonesListing``)
        """
        from ..models.location_charging_zone import LocationChargingZone

        return self._client._paginate(
            OPERATIONS["locationChargingZonesListing"],
            LocationChargingZone,
            path={"location": location},
            query={"per_page": per_page, "cursor": cursor},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def check_booking_availability(
        self,
        location: int,
        *,
        body: (
            LocationCheckBookingAvailabilityRequest
            | LocationCheckBookingAvailabilityRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> list[LocationCheckBookingAvailabilityResultItem]:
        """Location / Check Booking Availability

        Get a consolidated view of EVSEs availability for a given location and time frame.
        Returns available time slots for each bookable EVSE at the location.


        Args:
            location: Location ID
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/locations/v2.0/{location}/check-booking-availability`` (operationId ``locationCheckBookingAvailability``)
        """
        from ..models.location_check_booking_availability_request import (
            LocationCheckBookingAvailabilityRequest,
        )
        from ..models.location_check_booking_availability_result_item import (
            LocationCheckBookingAvailabilityResultItem,
        )

        return await self._client._request(
            OPERATIONS["locationCheckBookingAvailability"],
            list[LocationCheckBookingAvailabilityResultItem],
            path={"location": location},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=LocationCheckBookingAvailabilityRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def create(
        self,
        *,
        body: LocationCreateRequest | LocationCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Location:
        """Location / Create

        Create a new location

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/locations/v2.0`` (operationId ``locationCreate``)
        """
        from ..models.location import Location
        from ..models.location_create_request import LocationCreateRequest

        return await self._client._request(
            OPERATIONS["locationCreate"],
            Location,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=LocationCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def create_deprecated(
        self,
        *,
        body: LocationCreateDeprecatedRequest | LocationCreateDeprecatedRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> LocationDeprecated:
        """Location / Create

        Create new location

        Deprecated. Use ``client.locations.create()`` instead.

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/locations/v1.0`` (operationId ``locationCreateDeprecated``)
        """
        from ..models.location_create_deprecated_request import (
            LocationCreateDeprecatedRequest,
        )
        from ..models.location_deprecated import LocationDeprecated

        return await self._client._request(
            OPERATIONS["locationCreateDeprecated"],
            LocationDeprecated,
            body=body,
            timeout=timeout,
            body_type=LocationCreateDeprecatedRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def delete(
        self,
        location: int,
        *,
        include: (
            Sequence[LocationDeleteIncludeItem | LocationDeleteIncludeItemLiteral]
            | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Location / Delete

        Delete a location

        Args:
            location: the location path parameter

        ``DELETE /public-api/resources/locations/v2.0/{location}`` (operationId ``locationDelete``)
        """
        return await self._client._request(
            OPERATIONS["locationDelete"],
            None,
            path={"location": location},
            query={"include": include},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def delete_deprecated(
        self,
        location: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Location / Delete

        Delete a location

        Deprecated. Use ``client.locations.delete()`` instead.

        Args:
            location: Location ID

        ``DELETE /public-api/resources/locations/v1.0/{location}`` (operationId ``locationDeleteDeprecated``)
        """
        return await self._client._request(
            OPERATIONS["locationDeleteDeprecated"],
            None,
            path={"location": location},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def listing(
        self,
        *,
        filter: LocationsListingFilter | LocationsListingFilterParam | None = None,
        include: (
            Sequence[LocationDeleteIncludeItem | LocationDeleteIncludeItemLiteral]
            | None
        ) = None,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[Location]:
        """Locations / Listing

        Get all locations

        Args:
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.

        ``GET /public-api/resources/locations/v2.0`` (operationId ``locationsListing``)
        """
        from ..models.location import Location
        from ..models.locations_listing_filter import LocationsListingFilter

        return self._client._paginate(
            OPERATIONS["locationsListing"],
            Location,
            query={
                "filter": filter,
                "include": include,
                "per_page": per_page,
                "cursor": cursor,
            },
            timeout=timeout,
            query_types={"filter": LocationsListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def listing_deprecated(
        self,
        *,
        filter: (
            LocationsListingDeprecatedFilter
            | LocationsListingDeprecatedFilterParam
            | None
        ) = None,
        page: int | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[LocationDeprecated]:
        """Locations / Listing

        Get all locations

        Deprecated. Use ``client.locations.listing()`` instead.

        Args:
            page: The page number to fetch (defaults to 1). Not used in cursor pagination.
            per_page: The numbers of items to return. Used in both page and cursor pagination to declare the page size.
            cursor: The cursor to fetch the next page. Set it to empty in order to engage the cursor pagination that has more performance but requires you to get each pages response before you can move on to the next page. for example `?cursor`

        ``GET /public-api/resources/locations/v1.0`` (operationId ``locationsListingDeprecated``)
        """
        from ..models.location_deprecated import LocationDeprecated
        from ..models.locations_listing_deprecated_filter import (
            LocationsListingDeprecatedFilter,
        )

        return self._client._paginate(
            OPERATIONS["locationsListingDeprecated"],
            LocationDeprecated,
            query={
                "filter": filter,
                "page": page,
                "per_page": per_page,
                "cursor": cursor,
            },
            timeout=timeout,
            query_types={"filter": LocationsListingDeprecatedFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def read(
        self,
        location: int,
        *,
        include: (
            Sequence[LocationDeleteIncludeItem | LocationDeleteIncludeItemLiteral]
            | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Location:
        """Location / Read

        Get a location

        Args:
            location: the location path parameter

        ``GET /public-api/resources/locations/v2.0/{location}`` (operationId ``locationRead``)
        """
        from ..models.location import Location

        return await self._client._request(
            OPERATIONS["locationRead"],
            Location,
            path={"location": location},
            query={"include": include},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def read_deprecated(
        self,
        location: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> LocationDeprecated:
        """Location / Read

        Get a single location

        Deprecated. Use ``client.locations.read()`` instead.

        Args:
            location: Location ID

        ``GET /public-api/resources/locations/v1.0/{location}`` (operationId ``locationReadDeprecated``)
        """
        from ..models.location_deprecated import LocationDeprecated

        return await self._client._request(
            OPERATIONS["locationReadDeprecated"],
            LocationDeprecated,
            path={"location": location},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def update(
        self,
        location: int,
        *,
        body: LocationUpdateRequest | LocationUpdateRequestParam,
        include: (
            Sequence[LocationDeleteIncludeItem | LocationDeleteIncludeItemLiteral]
            | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Location:
        """Location / Update

        Update a location

        Args:
            location: the location path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/locations/v2.0/{location}`` (operationId ``locationUpdate``)
        """
        from ..models.location import Location
        from ..models.location_update_request import LocationUpdateRequest

        return await self._client._request(
            OPERATIONS["locationUpdate"],
            Location,
            path={"location": location},
            query={"include": include},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=LocationUpdateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def update_deprecated(
        self,
        location: int,
        *,
        body: LocationUpdateDeprecatedRequest | LocationUpdateDeprecatedRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> LocationDeprecated:
        """Location / Update

        Update a location

        Deprecated. Use ``client.locations.update()`` instead.

        Args:
            location: Location ID
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/locations/v1.0/{location}`` (operationId ``locationUpdateDeprecated``)
        """
        from ..models.location_deprecated import LocationDeprecated
        from ..models.location_update_deprecated_request import (
            LocationUpdateDeprecatedRequest,
        )

        return await self._client._request(
            OPERATIONS["locationUpdateDeprecated"],
            LocationDeprecated,
            path={"location": location},
            body=body,
            timeout=timeout,
            body_type=LocationUpdateDeprecatedRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class LocationsResourceWithRawResponse:
    """``client.with_raw_response.locations`` of the sync client: each call returns an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: LocationsResource) -> None:
        self.charging_zone_create = to_raw(resource.charging_zone_create)
        self.charging_zone_delete = to_raw(resource.charging_zone_delete)
        self.charging_zone_read = to_raw(resource.charging_zone_read)
        self.charging_zone_update = to_raw(resource.charging_zone_update)
        self.charging_zones_listing = to_raw_listing(resource.charging_zones_listing)
        self.check_booking_availability = to_raw(resource.check_booking_availability)
        self.create = to_raw(resource.create)
        self.create_deprecated = to_raw(resource.create_deprecated)
        self.delete = to_raw(resource.delete)
        self.delete_deprecated = to_raw(resource.delete_deprecated)
        self.listing = to_raw_listing(resource.listing)
        self.listing_deprecated = to_raw_listing(resource.listing_deprecated)
        self.read = to_raw(resource.read)
        self.read_deprecated = to_raw(resource.read_deprecated)
        self.update = to_raw(resource.update)
        self.update_deprecated = to_raw(resource.update_deprecated)


class AsyncLocationsResourceWithRawResponse:
    """``client.with_raw_response.locations`` of the async client: each call gives an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: AsyncLocationsResource) -> None:
        self.charging_zone_create = to_async_raw(resource.charging_zone_create)
        self.charging_zone_delete = to_async_raw(resource.charging_zone_delete)
        self.charging_zone_read = to_async_raw(resource.charging_zone_read)
        self.charging_zone_update = to_async_raw(resource.charging_zone_update)
        self.charging_zones_listing = to_async_raw_listing(
            resource.charging_zones_listing
        )
        self.check_booking_availability = to_async_raw(
            resource.check_booking_availability
        )
        self.create = to_async_raw(resource.create)
        self.create_deprecated = to_async_raw(resource.create_deprecated)
        self.delete = to_async_raw(resource.delete)
        self.delete_deprecated = to_async_raw(resource.delete_deprecated)
        self.listing = to_async_raw_listing(resource.listing)
        self.listing_deprecated = to_async_raw_listing(resource.listing_deprecated)
        self.read = to_async_raw(resource.read)
        self.read_deprecated = to_async_raw(resource.read_deprecated)
        self.update = to_async_raw(resource.update)
        self.update_deprecated = to_async_raw(resource.update_deprecated)


class LocationsResourceWithStreamingResponse:
    """``client.with_streaming_response.locations`` of the sync client: each call returns a manager: ``with`` it for the unread response."""

    def __init__(self, resource: LocationsResource) -> None:
        self.charging_zone_create = to_streamed(resource.charging_zone_create)
        self.charging_zone_delete = to_streamed(resource.charging_zone_delete)
        self.charging_zone_read = to_streamed(resource.charging_zone_read)
        self.charging_zone_update = to_streamed(resource.charging_zone_update)
        self.charging_zones_listing = to_streamed_listing(
            resource.charging_zones_listing
        )
        self.check_booking_availability = to_streamed(
            resource.check_booking_availability
        )
        self.create = to_streamed(resource.create)
        self.create_deprecated = to_streamed(resource.create_deprecated)
        self.delete = to_streamed(resource.delete)
        self.delete_deprecated = to_streamed(resource.delete_deprecated)
        self.listing = to_streamed_listing(resource.listing)
        self.listing_deprecated = to_streamed_listing(resource.listing_deprecated)
        self.read = to_streamed(resource.read)
        self.read_deprecated = to_streamed(resource.read_deprecated)
        self.update = to_streamed(resource.update)
        self.update_deprecated = to_streamed(resource.update_deprecated)


class AsyncLocationsResourceWithStreamingResponse:
    """``client.with_streaming_response.locations`` of the async client: each call returns a manager: ``async with`` it for the unread response."""

    def __init__(self, resource: AsyncLocationsResource) -> None:
        self.charging_zone_create = to_async_streamed(resource.charging_zone_create)
        self.charging_zone_delete = to_async_streamed(resource.charging_zone_delete)
        self.charging_zone_read = to_async_streamed(resource.charging_zone_read)
        self.charging_zone_update = to_async_streamed(resource.charging_zone_update)
        self.charging_zones_listing = to_async_streamed_listing(
            resource.charging_zones_listing
        )
        self.check_booking_availability = to_async_streamed(
            resource.check_booking_availability
        )
        self.create = to_async_streamed(resource.create)
        self.create_deprecated = to_async_streamed(resource.create_deprecated)
        self.delete = to_async_streamed(resource.delete)
        self.delete_deprecated = to_async_streamed(resource.delete_deprecated)
        self.listing = to_async_streamed_listing(resource.listing)
        self.listing_deprecated = to_async_streamed_listing(resource.listing_deprecated)
        self.read = to_async_streamed(resource.read)
        self.read_deprecated = to_async_streamed(resource.read_deprecated)
        self.update = to_async_streamed(resource.update)
        self.update_deprecated = to_async_streamed(resource.update_deprecated)
