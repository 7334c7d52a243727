"""Operations of ``client.reservations`` (resource / reservations)."""

from __future__ import annotations

from collections.abc import Mapping
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
    from ..models.reservation import Reservation
    from ..models.reservation_cancel_request import ReservationCancelRequest
    from ..models.reservations_listing_filter import ReservationsListingFilter
    from ..params import ReservationCancelRequestParam, ReservationsListingFilterParam

__all__ = [
    "AsyncReservationsResource",
    "AsyncReservationsResourceWithRawResponse",
    "AsyncReservationsResourceWithStreamingResponse",
    "ReservationsResource",
    "ReservationsResourceWithRawResponse",
    "ReservationsResourceWithStreamingResponse",
]


class ReservationsResource:
    """Synchronous operations of resource / reservations."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def cancel(
        self,
        reservation: int,
        *,
        body: (
            ReservationCancelRequest | ReservationCancelRequestParam | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Reservation / Cancel

        Cancel a reservation

        Args:
            reservation: the reservation path parameter
            body: the request body (optional); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/reservation/v1.0/{reservation}/cancel`` (operationId ``reservationCancel``)
        """
        from ..models.reservation_cancel_request import ReservationCancelRequest

        return self._client._request(
            OPERATIONS["reservationCancel"],
            None,
            path={"reservation": reservation},
            body=body,
            timeout=timeout,
            body_type=ReservationCancelRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def listing(
        self,
        *,
        filter: (
            ReservationsListingFilter | ReservationsListingFilterParam | None
        ) = None,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[Reservation]:
        """Reservations / Listing

        Get all reservations

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/reservations/v1.0`` (operationId ``reservationsListing``)
        """
        from ..models.reservation import Reservation
        from ..models.reservations_listing_filter import ReservationsListingFilter

        return self._client._paginate(
            OPERATIONS["reservationsListing"],
            Reservation,
            query={"filter": filter, "page": page, "per_page": per_page},
            timeout=timeout,
            query_types={"filter": ReservationsListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def read(
        self,
        reservation: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Reservation:
        """Reservation / Read

        Get information for a reservation by ID

        Args:
            reservation: the reservation path parameter

        ``GET /public-api/resources/reservations/v1.0/{reservation}`` (operationId ``reservationRead``)
        """
        from ..models.reservation import Reservation

        return self._client._request(
            OPERATIONS["reservationRead"],
            Reservation,
            path={"reservation": reservation},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncReservationsResource:
    """Asynchronous operations of resource / reservations."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def cancel(
        self,
        reservation: int,
        *,
        body: (
            ReservationCancelRequest | ReservationCancelRequestParam | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Reservation / Cancel

        Cancel a reservation

        Args:
            reservation: the reservation path parameter
            body: the request body (optional); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/reservation/v1.0/{reservation}/cancel`` (operationId ``reservationCancel``)
        """
        from ..models.reservation_cancel_request import ReservationCancelRequest

        return await self._client._request(
            OPERATIONS["reservationCancel"],
            None,
            path={"reservation": reservation},
            body=body,
            timeout=timeout,
            body_type=ReservationCancelRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def listing(
        self,
        *,
        filter: (
            ReservationsListingFilter | ReservationsListingFilterParam | None
        ) = None,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[Reservation]:
        """Reservations / Listing

        Get all reservations

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/reservations/v1.0`` (operationId ``reservationsListing``)
        """
        from ..models.reservation import Reservation
        from ..models.reservations_listing_filter import ReservationsListingFilter

        return self._client._paginate(
            OPERATIONS["reservationsListing"],
            Reservation,
            query={"filter": filter, "page": page, "per_page": per_page},
            timeout=timeout,
            query_types={"filter": ReservationsListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def read(
        self,
        reservation: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Reservation:
        """Reservation / Read

        Get information for a reservation by ID

        Args:
            reservation: the reservation path parameter

        ``GET /public-api/resources/reservations/v1.0/{reservation}`` (operationId ``reservationRead``)
        """
        from ..models.reservation import Reservation

        return await self._client._request(
            OPERATIONS["reservationRead"],
            Reservation,
            path={"reservation": reservation},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class ReservationsResourceWithRawResponse:
    """``client.with_raw_response.reservations`` of the sync client: each call returns an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: ReservationsResource) -> None:
        self.cancel = to_raw(resource.cancel)
        self.listing = to_raw_listing(resource.listing)
        self.read = to_raw(resource.read)


class AsyncReservationsResourceWithRawResponse:
    """``client.with_raw_response.reservations`` of the async client: each call gives an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: AsyncReservationsResource) -> None:
        self.cancel = to_async_raw(resource.cancel)
        self.listing = to_async_raw_listing(resource.listing)
        self.read = to_async_raw(resource.read)


class ReservationsResourceWithStreamingResponse:
    """``client.with_streaming_response.reservations`` of the sync client: each call returns a manager: ``with`` it for the unread response."""

    def __init__(self, resource: ReservationsResource) -> None:
        self.cancel = to_streamed(resource.cancel)
        self.listing = to_streamed_listing(resource.listing)
        self.read = to_streamed(resource.read)


class AsyncReservationsResourceWithStreamingResponse:
    """``client.with_streaming_response.reservations`` of the async client: each call returns a manager: ``async with`` it for the unread response."""

    def __init__(self, resource: AsyncReservationsResource) -> None:
        self.cancel = to_async_streamed(resource.cancel)
        self.listing = to_async_streamed_listing(resource.listing)
        self.read = to_async_streamed(resource.read)
