"""Operations of ``client.reservations`` (resource / reservations)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._operations import OPERATIONS
from .._runtime.pagination import AsyncPager, SyncPager
from .._runtime.types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    import httpx

    from .._runtime.client import AsyncClient, SyncClient
    from ..models.reservation import Reservation
    from ..models.reservation_cancel_request import ReservationCancelRequest
    from ..models.reservations_listing_filter import ReservationsListingFilter

__all__ = ["AsyncReservationsResource", "ReservationsResource"]


class ReservationsResource:
    """Synchronous operations of resource / reservations."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def cancel(
        self,
        reservation: int,
        *,
        body: ReservationCancelRequest | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Reservation / Cancel

        Cancel a reservation

        Args:
            reservation: the reservation path parameter
            body: the request body (optional); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/reservation/v1.0/{reservation}/cancel`` (operationId ``reservationCancel``)
        """
        return self._client._request(
            OPERATIONS["reservationCancel"],
            None,
            path={"reservation": reservation},
            body=body,
            timeout=timeout,
        )

    def listing(
        self,
        *,
        filter: ReservationsListingFilter | Mapping[str, Any] | None = None,
        page: int | None = None,
        per_page: int | None = None,
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

        return self._client._paginate(
            OPERATIONS["reservationsListing"],
            Reservation,
            query={"filter": filter, "page": page, "per_page": per_page},
            timeout=timeout,
        )

    def read(
        self,
        reservation: int,
        *,
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
        )


class AsyncReservationsResource:
    """Asynchronous operations of resource / reservations."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def cancel(
        self,
        reservation: int,
        *,
        body: ReservationCancelRequest | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Reservation / Cancel

        Cancel a reservation

        Args:
            reservation: the reservation path parameter
            body: the request body (optional); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/reservation/v1.0/{reservation}/cancel`` (operationId ``reservationCancel``)
        """
        return await self._client._request(
            OPERATIONS["reservationCancel"],
            None,
            path={"reservation": reservation},
            body=body,
            timeout=timeout,
        )

    def listing(
        self,
        *,
        filter: ReservationsListingFilter | Mapping[str, Any] | None = None,
        page: int | None = None,
        per_page: int | None = None,
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

        return self._client._paginate(
            OPERATIONS["reservationsListing"],
            Reservation,
            query={"filter": filter, "page": page, "per_page": per_page},
            timeout=timeout,
        )

    async def read(
        self,
        reservation: int,
        *,
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
        )
