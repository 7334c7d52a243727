"""Operations of ``client.bookings`` (resource / bookings)."""

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
    from ..models.booking import Booking
    from ..models.booking_list_item import BookingListItem
    from ..models.booking_read_include_item import BookingReadIncludeItem
    from ..models.bookings_listing_filter import BookingsListingFilter
    from ..params import BookingReadIncludeItemLiteral, BookingsListingFilterParam

__all__ = [
    "AsyncBookingsResource",
    "AsyncBookingsResourceWithRawResponse",
    "AsyncBookingsResourceWithStreamingResponse",
    "BookingsResource",
    "BookingsResourceWithRawResponse",
    "BookingsResourceWithStreamingResponse",
]


class BookingsResource:
    """Synchronous operations of resource / bookings."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def listing(
        self,
        *,
        filter: BookingsListingFilter | BookingsListingFilterParam | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[BookingListItem]:
        """Bookings / Listing

        Get all bookings

        Args:
            filter: Filter options for bookings
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.

        ``GET /public-api/resources/bookings/v1.0`` (operationId ``bookingsListing``)
        """
        from ..models.booking_list_item import BookingListItem
        from ..models.bookings_listing_filter import BookingsListingFilter

        return self._client._paginate(
            OPERATIONS["bookingsListing"],
            BookingListItem,
            query={"filter": filter, "per_page": per_page, "cursor": cursor},
            timeout=timeout,
            query_types={"filter": BookingsListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def read(
        self,
        booking: int,
        *,
        include: (
            Sequence[BookingReadIncludeItem | BookingReadIncludeItemLiteral] | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Booking:
        """Booking / Read

        Get information for a booking by ID

        Args:
            booking: Booking ID

        ``GET /public-api/resources/bookings/v1.0/{booking}`` (operationId ``bookingRead``)
        """
        from ..models.booking import Booking

        return self._client._request(
            OPERATIONS["bookingRead"],
            Booking,
            path={"booking": booking},
            query={"include": include},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncBookingsResource:
    """Asynchronous operations of resource / bookings."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    def listing(
        self,
        *,
        filter: BookingsListingFilter | BookingsListingFilterParam | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[BookingListItem]:
        """Bookings / Listing

        Get all bookings

        Args:
            filter: Filter options for bookings
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.

        ``GET /public-api/resources/bookings/v1.0`` (operationId ``bookingsListing``)
        """
        from ..models.booking_list_item import BookingListItem
        from ..models.bookings_listing_filter import BookingsListingFilter

        return self._client._paginate(
            OPERATIONS["bookingsListing"],
            BookingListItem,
            query={"filter": filter, "per_page": per_page, "cursor": cursor},
            timeout=timeout,
            query_types={"filter": BookingsListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def read(
        self,
        booking: int,
        *,
        include: (
            Sequence[BookingReadIncludeItem | BookingReadIncludeItemLiteral] | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Booking:
        """Booking / Read

        Get information for a booking by ID

        Args:
            booking: Booking ID

        ``GET /public-api/resources/bookings/v1.0/{booking}`` (operationId ``bookingRead``)
        """
        from ..models.booking import Booking

        return await self._client._request(
            OPERATIONS["bookingRead"],
            Booking,
            path={"booking": booking},
            query={"include": include},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class BookingsResourceWithRawResponse:
    """``client.with_raw_response.bookings`` of the sync client: each call returns an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: BookingsResource) -> None:
        self.listing = to_raw_listing(resource.listing)
        self.read = to_raw(resource.read)


class AsyncBookingsResourceWithRawResponse:
    """``client.with_raw_response.bookings`` of the async client: each call gives an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: AsyncBookingsResource) -> None:
        self.listing = to_async_raw_listing(resource.listing)
        self.read = to_async_raw(resource.read)


class BookingsResourceWithStreamingResponse:
    """``client.with_streaming_response.bookings`` of the sync client: each call returns a manager: ``with`` it for the unread response."""

    def __init__(self, resource: BookingsResource) -> None:
        self.listing = to_streamed_listing(resource.listing)
        self.read = to_streamed(resource.read)


class AsyncBookingsResourceWithStreamingResponse:
    """``client.with_streaming_response.bookings`` of the async client: each call returns a manager: ``async with`` it for the unread response."""

    def __init__(self, resource: AsyncBookingsResource) -> None:
        self.listing = to_async_streamed_listing(resource.listing)
        self.read = to_async_streamed(resource.read)
