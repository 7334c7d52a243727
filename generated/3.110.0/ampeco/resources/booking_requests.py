"""Operations of ``client.booking_requests`` (resource / booking requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from .._operations import OPERATIONS
from .._runtime.pagination import AsyncPager, SyncPager
from .._runtime.types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    import httpx

    from .._runtime.client import AsyncClient, SyncClient
    from ..models.booking_request_option1 import BookingRequestOption1
    from ..models.booking_request_option2 import BookingRequestOption2
    from ..models.booking_request_option3 import BookingRequestOption3
    from ..models.booking_requests_listing_filter import BookingRequestsListingFilter
    from ..models.cancel_booking import CancelBooking
    from ..models.create_booking_request_input import CreateBookingRequestInput
    from ..models.update_booking_request_input import UpdateBookingRequestInput

__all__ = ["AsyncBookingRequestsResource", "BookingRequestsResource"]


class BookingRequestsResource:
    """Synchronous operations of resource / booking requests."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(
        self,
        *,
        body: (
            CreateBookingRequestInput
            | Mapping[str, Any]
            | UpdateBookingRequestInput
            | CancelBooking
        ),
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BookingRequestOption1 | BookingRequestOption2 | BookingRequestOption3:
        """Booking Request / Create

        Create a new booking request. If you want to find the available slots for a given location use the Actions / Location / Check Booking Availability

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/booking-requests/v1.0`` (operationId ``bookingRequestCreate``)
        """
        from ..models.booking_request_option1 import BookingRequestOption1
        from ..models.booking_request_option2 import BookingRequestOption2
        from ..models.booking_request_option3 import BookingRequestOption3

        return cast(
            BookingRequestOption1 | BookingRequestOption2 | BookingRequestOption3,
            self._client._request(
                OPERATIONS["bookingRequestCreate"],
                BookingRequestOption1 | BookingRequestOption2 | BookingRequestOption3,
                body=body,
                unwrap="data",
                timeout=timeout,
            ),
        )

    def listing(
        self,
        *,
        filter: BookingRequestsListingFilter | Mapping[str, Any] | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[
        BookingRequestOption1 | BookingRequestOption2 | BookingRequestOption3
    ]:
        """Booking Requests / Listing

        Get all booking requests

        Args:
            filter: Filter options for booking requests
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.

        ``GET /public-api/resources/booking-requests/v1.0`` (operationId ``bookingRequestsListing``)
        """
        from ..models.booking_request_option1 import BookingRequestOption1
        from ..models.booking_request_option2 import BookingRequestOption2
        from ..models.booking_request_option3 import BookingRequestOption3

        return self._client._paginate(
            OPERATIONS["bookingRequestsListing"],
            BookingRequestOption1 | BookingRequestOption2 | BookingRequestOption3,
            query={"filter": filter, "per_page": per_page, "cursor": cursor},
            timeout=timeout,
        )

    def read(
        self,
        booking_request: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BookingRequestOption1 | BookingRequestOption2 | BookingRequestOption3:
        """Booking Request / Read

        Get information for a booking request by ID

        Args:
            booking_request: Booking request ID

        ``GET /public-api/resources/booking-requests/v1.0/{bookingRequest}`` (operationId ``bookingRequestRead``)
        """
        from ..models.booking_request_option1 import BookingRequestOption1
        from ..models.booking_request_option2 import BookingRequestOption2
        from ..models.booking_request_option3 import BookingRequestOption3

        return cast(
            BookingRequestOption1 | BookingRequestOption2 | BookingRequestOption3,
            self._client._request(
                OPERATIONS["bookingRequestRead"],
                BookingRequestOption1 | BookingRequestOption2 | BookingRequestOption3,
                path={"bookingRequest": booking_request},
                unwrap="data",
                timeout=timeout,
            ),
        )


class AsyncBookingRequestsResource:
    """Asynchronous operations of resource / booking requests."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: (
            CreateBookingRequestInput
            | Mapping[str, Any]
            | UpdateBookingRequestInput
            | CancelBooking
        ),
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BookingRequestOption1 | BookingRequestOption2 | BookingRequestOption3:
        """Booking Request / Create

        Create a new booking request. If you want to find the available slots for a given location use the Actions / Location / Check Booking Availability

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/booking-requests/v1.0`` (operationId ``bookingRequestCreate``)
        """
        from ..models.booking_request_option1 import BookingRequestOption1
        from ..models.booking_request_option2 import BookingRequestOption2
        from ..models.booking_request_option3 import BookingRequestOption3

        return cast(
            BookingRequestOption1 | BookingRequestOption2 | BookingRequestOption3,
            await self._client._request(
                OPERATIONS["bookingRequestCreate"],
                BookingRequestOption1 | BookingRequestOption2 | BookingRequestOption3,
                body=body,
                unwrap="data",
                timeout=timeout,
            ),
        )

    def listing(
        self,
        *,
        filter: BookingRequestsListingFilter | Mapping[str, Any] | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[
        BookingRequestOption1 | BookingRequestOption2 | BookingRequestOption3
    ]:
        """Booking Requests / Listing

        Get all booking requests

        Args:
            filter: Filter options for booking requests
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.

        ``GET /public-api/resources/booking-requests/v1.0`` (operationId ``bookingRequestsListing``)
        """
        from ..models.booking_request_option1 import BookingRequestOption1
        from ..models.booking_request_option2 import BookingRequestOption2
        from ..models.booking_request_option3 import BookingRequestOption3

        return self._client._paginate(
            OPERATIONS["bookingRequestsListing"],
            BookingRequestOption1 | BookingRequestOption2 | BookingRequestOption3,
            query={"filter": filter, "per_page": per_page, "cursor": cursor},
            timeout=timeout,
        )

    async def read(
        self,
        booking_request: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> BookingRequestOption1 | BookingRequestOption2 | BookingRequestOption3:
        """Booking Request / Read

        Get information for a booking request by ID

        Args:
            booking_request: Booking request ID

        ``GET /public-api/resources/booking-requests/v1.0/{bookingRequest}`` (operationId ``bookingRequestRead``)
        """
        from ..models.booking_request_option1 import BookingRequestOption1
        from ..models.booking_request_option2 import BookingRequestOption2
        from ..models.booking_request_option3 import BookingRequestOption3

        return cast(
            BookingRequestOption1 | BookingRequestOption2 | BookingRequestOption3,
            await self._client._request(
                OPERATIONS["bookingRequestRead"],
                BookingRequestOption1 | BookingRequestOption2 | BookingRequestOption3,
                path={"bookingRequest": booking_request},
                unwrap="data",
                timeout=timeout,
            ),
        )
