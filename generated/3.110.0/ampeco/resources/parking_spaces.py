"""Operations of ``client.parking_spaces`` (resource / parking spaces)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .._operations import OPERATIONS
from .._runtime.pagination import AsyncPager, SyncPager
from .._runtime.types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    import httpx

    from .._runtime.client import AsyncClient, SyncClient
    from ..models.create_parking_space_request import CreateParkingSpaceRequest
    from ..models.get_parking_space_include_item import GetParkingSpaceIncludeItem
    from ..models.list_parking_space_filter import ListParkingSpaceFilter
    from ..models.parking_space import ParkingSpace
    from ..models.parking_space_update_occupancy_status_request import (
        ParkingSpaceUpdateOccupancyStatusRequest,
    )

__all__ = ["AsyncParkingSpacesResource", "ParkingSpacesResource"]


class ParkingSpacesResource:
    """Synchronous operations of resource / parking spaces."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create_parking_space(
        self,
        *,
        body: CreateParkingSpaceRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ParkingSpace:
        """Parking Space / Create

        Create new Parking Space

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/parking-spaces/v1.0`` (operationId ``createParkingSpace``)
        """
        from ..models.parking_space import ParkingSpace

        return self._client._request(
            OPERATIONS["createParkingSpace"],
            ParkingSpace,
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    def delete_parking_space(
        self,
        parking_space: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Parking Space / Delete

        Delete Parking Space

        Args:
            parking_space: the parkingSpace path parameter

        ``DELETE /public-api/resources/parking-spaces/v1.0/{parkingSpace}`` (operationId ``deleteParkingSpace``)
        """
        return self._client._request(
            OPERATIONS["deleteParkingSpace"],
            None,
            path={"parkingSpace": parking_space},
            timeout=timeout,
        )

    def get_parking_space(
        self,
        parking_space: int,
        *,
        include: Sequence[GetParkingSpaceIncludeItem | str] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ParkingSpace:
        """Parking Space / Read

        Get Parking Space

        Args:
            parking_space: the parkingSpace path parameter

        ``GET /public-api/resources/parking-spaces/v1.0/{parkingSpace}`` (operationId ``getParkingSpace``)
        """
        from ..models.parking_space import ParkingSpace

        return self._client._request(
            OPERATIONS["getParkingSpace"],
            ParkingSpace,
            path={"parkingSpace": parking_space},
            query={"include": include},
            unwrap="data",
            timeout=timeout,
        )

    def list_parking_space(
        self,
        *,
        filter: ListParkingSpaceFilter | Mapping[str, Any] | None = None,
        include: Sequence[GetParkingSpaceIncludeItem | str] | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[ParkingSpace]:
        """Parking Space / Listing

        Get all Parking spaces

        Args:
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.

        ``GET /public-api/resources/parking-spaces/v1.0`` (operationId ``listParkingSpace``)
        """
        from ..models.parking_space import ParkingSpace

        return self._client._paginate(
            OPERATIONS["listParkingSpace"],
            ParkingSpace,
            query={
                "filter": filter,
                "include": include,
                "per_page": per_page,
                "cursor": cursor,
            },
            timeout=timeout,
        )

    def update_occupancy_status(
        self,
        parking_space: int,
        *,
        body: ParkingSpaceUpdateOccupancyStatusRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Parking Space / Update occupancy status

        Args:
            parking_space: the parkingSpace path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/parking-spaces/v1.0/{parkingSpace}/update-occupancy-status`` (operationId ``parkingSpaceUpdateOccupancyStatus``)
        """
        return self._client._request(
            OPERATIONS["parkingSpaceUpdateOccupancyStatus"],
            None,
            path={"parkingSpace": parking_space},
            body=body,
            timeout=timeout,
        )

    def update_parking_space(
        self,
        parking_space: int,
        *,
        body: CreateParkingSpaceRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ParkingSpace:
        """Parking Space / Update

        Update Parking Space

        Args:
            parking_space: the parkingSpace path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PUT /public-api/resources/parking-spaces/v1.0/{parkingSpace}`` (operationId ``updateParkingSpace``)
        """
        from ..models.parking_space import ParkingSpace

        return self._client._request(
            OPERATIONS["updateParkingSpace"],
            ParkingSpace,
            path={"parkingSpace": parking_space},
            body=body,
            unwrap="data",
            timeout=timeout,
        )


class AsyncParkingSpacesResource:
    """Asynchronous operations of resource / parking spaces."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create_parking_space(
        self,
        *,
        body: CreateParkingSpaceRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ParkingSpace:
        """Parking Space / Create

        Create new Parking Space

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/parking-spaces/v1.0`` (operationId ``createParkingSpace``)
        """
        from ..models.parking_space import ParkingSpace

        return await self._client._request(
            OPERATIONS["createParkingSpace"],
            ParkingSpace,
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    async def delete_parking_space(
        self,
        parking_space: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Parking Space / Delete

        Delete Parking Space

        Args:
            parking_space: the parkingSpace path parameter

        ``DELETE /public-api/resources/parking-spaces/v1.0/{parkingSpace}`` (operationId ``deleteParkingSpace``)
        """
        return await self._client._request(
            OPERATIONS["deleteParkingSpace"],
            None,
            path={"parkingSpace": parking_space},
            timeout=timeout,
        )

    async def get_parking_space(
        self,
        parking_space: int,
        *,
        include: Sequence[GetParkingSpaceIncludeItem | str] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ParkingSpace:
        """Parking Space / Read

        Get Parking Space

        Args:
            parking_space: the parkingSpace path parameter

        ``GET /public-api/resources/parking-spaces/v1.0/{parkingSpace}`` (operationId ``getParkingSpace``)
        """
        from ..models.parking_space import ParkingSpace

        return await self._client._request(
            OPERATIONS["getParkingSpace"],
            ParkingSpace,
            path={"parkingSpace": parking_space},
            query={"include": include},
            unwrap="data",
            timeout=timeout,
        )

    def list_parking_space(
        self,
        *,
        filter: ListParkingSpaceFilter | Mapping[str, Any] | None = None,
        include: Sequence[GetParkingSpaceIncludeItem | str] | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[ParkingSpace]:
        """Parking Space / Listing

        Get all Parking spaces

        Args:
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.

        ``GET /public-api/resources/parking-spaces/v1.0`` (operationId ``listParkingSpace``)
        """
        from ..models.parking_space import ParkingSpace

        return self._client._paginate(
            OPERATIONS["listParkingSpace"],
            ParkingSpace,
            query={
                "filter": filter,
                "include": include,
                "per_page": per_page,
                "cursor": cursor,
            },
            timeout=timeout,
        )

    async def update_occupancy_status(
        self,
        parking_space: int,
        *,
        body: ParkingSpaceUpdateOccupancyStatusRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Parking Space / Update occupancy status

        Args:
            parking_space: the parkingSpace path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/parking-spaces/v1.0/{parkingSpace}/update-occupancy-status`` (operationId ``parkingSpaceUpdateOccupancyStatus``)
        """
        return await self._client._request(
            OPERATIONS["parkingSpaceUpdateOccupancyStatus"],
            None,
            path={"parkingSpace": parking_space},
            body=body,
            timeout=timeout,
        )

    async def update_parking_space(
        self,
        parking_space: int,
        *,
        body: CreateParkingSpaceRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ParkingSpace:
        """Parking Space / Update

        Update Parking Space

        Args:
            parking_space: the parkingSpace path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PUT /public-api/resources/parking-spaces/v1.0/{parkingSpace}`` (operationId ``updateParkingSpace``)
        """
        from ..models.parking_space import ParkingSpace

        return await self._client._request(
            OPERATIONS["updateParkingSpace"],
            ParkingSpace,
            path={"parkingSpace": parking_space},
            body=body,
            unwrap="data",
            timeout=timeout,
        )
