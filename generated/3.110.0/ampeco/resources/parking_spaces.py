"""Operations of ``client.parking_spaces`` (resource / parking spaces)."""

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
    from ..models.create_parking_space_request import CreateParkingSpaceRequest
    from ..models.get_parking_space_include_item import GetParkingSpaceIncludeItem
    from ..models.list_parking_space_filter import ListParkingSpaceFilter
    from ..models.parking_space import ParkingSpace
    from ..models.parking_space_update_occupancy_status_request import (
        ParkingSpaceUpdateOccupancyStatusRequest,
    )
    from ..params import (
        CreateParkingSpaceRequestParam,
        GetParkingSpaceIncludeItemLiteral,
        ListParkingSpaceFilterParam,
        ParkingSpaceUpdateOccupancyStatusRequestParam,
    )

__all__ = [
    "AsyncParkingSpacesResource",
    "AsyncParkingSpacesResourceWithRawResponse",
    "AsyncParkingSpacesResourceWithStreamingResponse",
    "ParkingSpacesResource",
    "ParkingSpacesResourceWithRawResponse",
    "ParkingSpacesResourceWithStreamingResponse",
]


class ParkingSpacesResource:
    """Synchronous operations of resource / parking spaces."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create_parking_space(
        self,
        *,
        body: CreateParkingSpaceRequest | CreateParkingSpaceRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ParkingSpace:
        """Parking Space / Create

        Create new Parking Space

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/parking-spaces/v1.0`` (operationId ``createParkingSpace``)
        """
        from ..models.create_parking_space_request import CreateParkingSpaceRequest
        from ..models.parking_space import ParkingSpace

        return self._client._request(
            OPERATIONS["createParkingSpace"],
            ParkingSpace,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=CreateParkingSpaceRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def delete_parking_space(
        self,
        parking_space: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_parking_space(
        self,
        parking_space: int,
        *,
        include: (
            Sequence[GetParkingSpaceIncludeItem | GetParkingSpaceIncludeItemLiteral]
            | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def list_parking_space(
        self,
        *,
        filter: ListParkingSpaceFilter | ListParkingSpaceFilterParam | None = None,
        include: (
            Sequence[GetParkingSpaceIncludeItem | GetParkingSpaceIncludeItemLiteral]
            | None
        ) = None,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[ParkingSpace]:
        """Parking Space / Listing

        Get all Parking spaces

        Args:
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.

        ``GET /public-api/resources/parking-spaces/v1.0`` (operationId ``listParkingSpace``)
        """
        from ..models.list_parking_space_filter import ListParkingSpaceFilter
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
            query_types={"filter": ListParkingSpaceFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def update_occupancy_status(
        self,
        parking_space: int,
        *,
        body: (
            ParkingSpaceUpdateOccupancyStatusRequest
            | ParkingSpaceUpdateOccupancyStatusRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Parking Space / Update occupancy status

        Args:
            parking_space: the parkingSpace path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/parking-spaces/v1.0/{parkingSpace}/update-occupancy-status`` (operationId ``parkingSpaceUpdateOccupancyStatus``)
        """
        from ..models.parking_space_update_occupancy_status_request import (
            ParkingSpaceUpdateOccupancyStatusRequest,
        )

        return self._client._request(
            OPERATIONS["parkingSpaceUpdateOccupancyStatus"],
            None,
            path={"parkingSpace": parking_space},
            body=body,
            timeout=timeout,
            body_type=ParkingSpaceUpdateOccupancyStatusRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def update_parking_space(
        self,
        parking_space: int,
        *,
        body: CreateParkingSpaceRequest | CreateParkingSpaceRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ParkingSpace:
        """Parking Space / Update

        Update Parking Space

        Args:
            parking_space: the parkingSpace path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PUT /public-api/resources/parking-spaces/v1.0/{parkingSpace}`` (operationId ``updateParkingSpace``)
        """
        from ..models.create_parking_space_request import CreateParkingSpaceRequest
        from ..models.parking_space import ParkingSpace

        return self._client._request(
            OPERATIONS["updateParkingSpace"],
            ParkingSpace,
            path={"parkingSpace": parking_space},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=CreateParkingSpaceRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class AsyncParkingSpacesResource:
    """Asynchronous operations of resource / parking spaces."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create_parking_space(
        self,
        *,
        body: CreateParkingSpaceRequest | CreateParkingSpaceRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ParkingSpace:
        """Parking Space / Create

        Create new Parking Space

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/parking-spaces/v1.0`` (operationId ``createParkingSpace``)
        """
        from ..models.create_parking_space_request import CreateParkingSpaceRequest
        from ..models.parking_space import ParkingSpace

        return await self._client._request(
            OPERATIONS["createParkingSpace"],
            ParkingSpace,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=CreateParkingSpaceRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def delete_parking_space(
        self,
        parking_space: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def get_parking_space(
        self,
        parking_space: int,
        *,
        include: (
            Sequence[GetParkingSpaceIncludeItem | GetParkingSpaceIncludeItemLiteral]
            | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def list_parking_space(
        self,
        *,
        filter: ListParkingSpaceFilter | ListParkingSpaceFilterParam | None = None,
        include: (
            Sequence[GetParkingSpaceIncludeItem | GetParkingSpaceIncludeItemLiteral]
            | None
        ) = None,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[ParkingSpace]:
        """Parking Space / Listing

        Get all Parking spaces

        Args:
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.

        ``GET /public-api/resources/parking-spaces/v1.0`` (operationId ``listParkingSpace``)
        """
        from ..models.list_parking_space_filter import ListParkingSpaceFilter
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
            query_types={"filter": ListParkingSpaceFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def update_occupancy_status(
        self,
        parking_space: int,
        *,
        body: (
            ParkingSpaceUpdateOccupancyStatusRequest
            | ParkingSpaceUpdateOccupancyStatusRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Parking Space / Update occupancy status

        Args:
            parking_space: the parkingSpace path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/parking-spaces/v1.0/{parkingSpace}/update-occupancy-status`` (operationId ``parkingSpaceUpdateOccupancyStatus``)
        """
        from ..models.parking_space_update_occupancy_status_request import (
            ParkingSpaceUpdateOccupancyStatusRequest,
        )

        return await self._client._request(
            OPERATIONS["parkingSpaceUpdateOccupancyStatus"],
            None,
            path={"parkingSpace": parking_space},
            body=body,
            timeout=timeout,
            body_type=ParkingSpaceUpdateOccupancyStatusRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def update_parking_space(
        self,
        parking_space: int,
        *,
        body: CreateParkingSpaceRequest | CreateParkingSpaceRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ParkingSpace:
        """Parking Space / Update

        Update Parking Space

        Args:
            parking_space: the parkingSpace path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PUT /public-api/resources/parking-spaces/v1.0/{parkingSpace}`` (operationId ``updateParkingSpace``)
        """
        from ..models.create_parking_space_request import CreateParkingSpaceRequest
        from ..models.parking_space import ParkingSpace

        return await self._client._request(
            OPERATIONS["updateParkingSpace"],
            ParkingSpace,
            path={"parkingSpace": parking_space},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=CreateParkingSpaceRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class ParkingSpacesResourceWithRawResponse:
    """``client.with_raw_response.parking_spaces`` of the sync client: each call returns an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: ParkingSpacesResource) -> None:
        self.create_parking_space = to_raw(resource.create_parking_space)
        self.delete_parking_space = to_raw(resource.delete_parking_space)
        self.get_parking_space = to_raw(resource.get_parking_space)
        self.list_parking_space = to_raw_listing(resource.list_parking_space)
        self.update_occupancy_status = to_raw(resource.update_occupancy_status)
        self.update_parking_space = to_raw(resource.update_parking_space)


class AsyncParkingSpacesResourceWithRawResponse:
    """``client.with_raw_response.parking_spaces`` of the async client: each call gives an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: AsyncParkingSpacesResource) -> None:
        self.create_parking_space = to_async_raw(resource.create_parking_space)
        self.delete_parking_space = to_async_raw(resource.delete_parking_space)
        self.get_parking_space = to_async_raw(resource.get_parking_space)
        self.list_parking_space = to_async_raw_listing(resource.list_parking_space)
        self.update_occupancy_status = to_async_raw(resource.update_occupancy_status)
        self.update_parking_space = to_async_raw(resource.update_parking_space)


class ParkingSpacesResourceWithStreamingResponse:
    """``client.with_streaming_response.parking_spaces`` of the sync client: each call returns a manager: ``with`` it for the unread response."""

    def __init__(self, resource: ParkingSpacesResource) -> None:
        self.create_parking_space = to_streamed(resource.create_parking_space)
        self.delete_parking_space = to_streamed(resource.delete_parking_space)
        self.get_parking_space = to_streamed(resource.get_parking_space)
        self.list_parking_space = to_streamed_listing(resource.list_parking_space)
        self.update_occupancy_status = to_streamed(resource.update_occupancy_status)
        self.update_parking_space = to_streamed(resource.update_parking_space)


class AsyncParkingSpacesResourceWithStreamingResponse:
    """``client.with_streaming_response.parking_spaces`` of the async client: each call returns a manager: ``async with`` it for the unread response."""

    def __init__(self, resource: AsyncParkingSpacesResource) -> None:
        self.create_parking_space = to_async_streamed(resource.create_parking_space)
        self.delete_parking_space = to_async_streamed(resource.delete_parking_space)
        self.get_parking_space = to_async_streamed(resource.get_parking_space)
        self.list_parking_space = to_async_streamed_listing(resource.list_parking_space)
        self.update_occupancy_status = to_async_streamed(
            resource.update_occupancy_status
        )
        self.update_parking_space = to_async_streamed(resource.update_parking_space)
