"""Operations of ``client.bookings`` (resource / bookings)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .._operations import OPERATIONS
from .._runtime.pagination import AsyncPager, SyncPager
from .._runtime.types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    import httpx

    from .._runtime.client import AsyncClient, SyncClient
    from ..models.booking import Booking
    from ..models.booking_list_item import BookingListItem
    from ..models.booking_read_include_item import BookingReadIncludeItem
    from ..models.bookings_listing_filter import BookingsListingFilter

__all__ = ["AsyncBookingsResource", "BookingsResource"]


class BookingsResource:
    """Synchronous operations of resource / bookings."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def listing(
        self,
        *,
        filter: BookingsListingFilter | Mapping[str, Any] | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
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

        return self._client._paginate(
            OPERATIONS["bookingsListing"],
            BookingListItem,
            query={"filter": filter, "per_page": per_page, "cursor": cursor},
            timeout=timeout,
        )

    def read(
        self,
        booking: int,
        *,
        include: Sequence[BookingReadIncludeItem | str] | None = None,
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
        )


class AsyncBookingsResource:
    """Asynchronous operations of resource / bookings."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    def listing(
        self,
        *,
        filter: BookingsListingFilter | Mapping[str, Any] | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
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

        return self._client._paginate(
            OPERATIONS["bookingsListing"],
            BookingListItem,
            query={"filter": filter, "per_page": per_page, "cursor": cursor},
            timeout=timeout,
        )

    async def read(
        self,
        booking: int,
        *,
        include: Sequence[BookingReadIncludeItem | str] | None = None,
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
        )
