"""Operations of ``client.booking_requests`` (resource / booking requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, cast

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
    from ..models.booking_request_option1 import BookingRequestOption1
    from ..models.booking_request_option2 import BookingRequestOption2
    from ..models.booking_request_option3 import BookingRequestOption3
    from ..models.booking_requests_listing_filter import BookingRequestsListingFilter
    from ..models.cancel_booking import CancelBooking
    from ..models.create_booking_request_input import CreateBookingRequestInput
    from ..models.update_booking_request_input import UpdateBookingRequestInput
    from ..params import (
        BookingRequestsListingFilterParam,
        CancelBookingParam,
        CreateBookingRequestInputParam,
        UpdateBookingRequestInputParam,
    )

__all__ = [
    "AsyncBookingRequestsResource",
    "AsyncBookingRequestsResourceWithRawResponse",
    "AsyncBookingRequestsResourceWithStreamingResponse",
    "BookingRequestsResource",
    "BookingRequestsResourceWithRawResponse",
    "BookingRequestsResourceWithStreamingResponse",
]


class BookingRequestsResource:
    """Synchronous operations of resource / booking requests."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(
        self,
        *,
        body: (
            CreateBookingRequestInput
            | CreateBookingRequestInputParam
            | UpdateBookingRequestInput
            | UpdateBookingRequestInputParam
            | CancelBooking
            | CancelBookingParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
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
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    def listing(
        self,
        *,
        filter: (
            BookingRequestsListingFilter | BookingRequestsListingFilterParam | None
        ) = None,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
        from ..models.booking_requests_listing_filter import (
            BookingRequestsListingFilter,
        )

        return self._client._paginate(
            OPERATIONS["bookingRequestsListing"],
            BookingRequestOption1 | BookingRequestOption2 | BookingRequestOption3,
            query={"filter": filter, "per_page": per_page, "cursor": cursor},
            timeout=timeout,
            query_types={"filter": BookingRequestsListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def read(
        self,
        booking_request: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
                extra_headers=extra_headers,
                extra_query=extra_query,
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
            | CreateBookingRequestInputParam
            | UpdateBookingRequestInput
            | UpdateBookingRequestInputParam
            | CancelBooking
            | CancelBookingParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
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
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    def listing(
        self,
        *,
        filter: (
            BookingRequestsListingFilter | BookingRequestsListingFilterParam | None
        ) = None,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
        from ..models.booking_requests_listing_filter import (
            BookingRequestsListingFilter,
        )

        return self._client._paginate(
            OPERATIONS["bookingRequestsListing"],
            BookingRequestOption1 | BookingRequestOption2 | BookingRequestOption3,
            query={"filter": filter, "per_page": per_page, "cursor": cursor},
            timeout=timeout,
            query_types={"filter": BookingRequestsListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def read(
        self,
        booking_request: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )


class BookingRequestsResourceWithRawResponse:
    """``client.with_raw_response.booking_requests`` of the sync client: each call returns an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: BookingRequestsResource) -> None:
        self.create = to_raw(resource.create)
        self.listing = to_raw_listing(resource.listing)
        self.read = to_raw(resource.read)


class AsyncBookingRequestsResourceWithRawResponse:
    """``client.with_raw_response.booking_requests`` of the async client: each call gives an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: AsyncBookingRequestsResource) -> None:
        self.create = to_async_raw(resource.create)
        self.listing = to_async_raw_listing(resource.listing)
        self.read = to_async_raw(resource.read)


class BookingRequestsResourceWithStreamingResponse:
    """``client.with_streaming_response.booking_requests`` of the sync client: each call returns a manager: ``with`` it for the unread response."""

    def __init__(self, resource: BookingRequestsResource) -> None:
        self.create = to_streamed(resource.create)
        self.listing = to_streamed_listing(resource.listing)
        self.read = to_streamed(resource.read)


class AsyncBookingRequestsResourceWithStreamingResponse:
    """``client.with_streaming_response.booking_requests`` of the async client: each call returns a manager: ``async with`` it for the unread response."""

    def __init__(self, resource: AsyncBookingRequestsResource) -> None:
        self.create = to_async_streamed(resource.create)
        self.listing = to_async_streamed_listing(resource.listing)
        self.read = to_async_streamed(resource.read)
