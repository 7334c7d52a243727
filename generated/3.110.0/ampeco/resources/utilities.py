"""Operations of ``client.utilities`` (resource / utilities)."""

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
    from ..models.create_utility_request import CreateUtilityRequest
    from ..models.utility import Utility
    from ..params import CreateUtilityRequestParam

__all__ = [
    "AsyncUtilitiesResource",
    "AsyncUtilitiesResourceWithRawResponse",
    "AsyncUtilitiesResourceWithStreamingResponse",
    "UtilitiesResource",
    "UtilitiesResourceWithRawResponse",
    "UtilitiesResourceWithStreamingResponse",
]


class UtilitiesResource:
    """Synchronous operations of resource / utilities."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create_utility(
        self,
        *,
        body: CreateUtilityRequest | CreateUtilityRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Utility:
        """Utilities / Create

        Create Utility

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/utilities/v1.0`` (operationId ``createUtility``)
        """
        from ..models.create_utility_request import CreateUtilityRequest
        from ..models.utility import Utility

        return self._client._request(
            OPERATIONS["createUtility"],
            Utility,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=CreateUtilityRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def delete_utility(
        self,
        utility: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Utilities / Delete

        Delete a single Utility

        Args:
            utility: The ID of the utility

        ``DELETE /public-api/resources/utilities/v1.0/{utility}`` (operationId ``deleteUtility``)
        """
        return self._client._request(
            OPERATIONS["deleteUtility"],
            None,
            path={"utility": utility},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_utility(
        self,
        utility: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Utility:
        """Utilities / Read

        Get a single Utility

        Args:
            utility: The ID of the utility

        ``GET /public-api/resources/utilities/v1.0/{utility}`` (operationId ``getUtility``)
        """
        from ..models.utility import Utility

        return self._client._request(
            OPERATIONS["getUtility"],
            Utility,
            path={"utility": utility},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def list_utilities(
        self,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[Utility]:
        """Utilities / Listing

        Get all Utilities

        Args:
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.

        ``GET /public-api/resources/utilities/v1.0`` (operationId ``listUtilities``)
        """
        from ..models.utility import Utility

        return self._client._paginate(
            OPERATIONS["listUtilities"],
            Utility,
            query={"per_page": per_page, "cursor": cursor},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def update_utility(
        self,
        utility: int,
        *,
        body: CreateUtilityRequest | CreateUtilityRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Utility:
        """Utilities / Update

        Update a single Utility

        Args:
            utility: The ID of the utility
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PUT /public-api/resources/utilities/v1.0/{utility}`` (operationId ``updateUtility``)
        """
        from ..models.create_utility_request import CreateUtilityRequest
        from ..models.utility import Utility

        return self._client._request(
            OPERATIONS["updateUtility"],
            Utility,
            path={"utility": utility},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=CreateUtilityRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class AsyncUtilitiesResource:
    """Asynchronous operations of resource / utilities."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create_utility(
        self,
        *,
        body: CreateUtilityRequest | CreateUtilityRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Utility:
        """Utilities / Create

        Create Utility

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/utilities/v1.0`` (operationId ``createUtility``)
        """
        from ..models.create_utility_request import CreateUtilityRequest
        from ..models.utility import Utility

        return await self._client._request(
            OPERATIONS["createUtility"],
            Utility,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=CreateUtilityRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def delete_utility(
        self,
        utility: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Utilities / Delete

        Delete a single Utility

        Args:
            utility: The ID of the utility

        ``DELETE /public-api/resources/utilities/v1.0/{utility}`` (operationId ``deleteUtility``)
        """
        return await self._client._request(
            OPERATIONS["deleteUtility"],
            None,
            path={"utility": utility},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def get_utility(
        self,
        utility: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Utility:
        """Utilities / Read

        Get a single Utility

        Args:
            utility: The ID of the utility

        ``GET /public-api/resources/utilities/v1.0/{utility}`` (operationId ``getUtility``)
        """
        from ..models.utility import Utility

        return await self._client._request(
            OPERATIONS["getUtility"],
            Utility,
            path={"utility": utility},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def list_utilities(
        self,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[Utility]:
        """Utilities / Listing

        Get all Utilities

        Args:
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.

        ``GET /public-api/resources/utilities/v1.0`` (operationId ``listUtilities``)
        """
        from ..models.utility import Utility

        return self._client._paginate(
            OPERATIONS["listUtilities"],
            Utility,
            query={"per_page": per_page, "cursor": cursor},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def update_utility(
        self,
        utility: int,
        *,
        body: CreateUtilityRequest | CreateUtilityRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Utility:
        """Utilities / Update

        Update a single Utility

        Args:
            utility: The ID of the utility
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PUT /public-api/resources/utilities/v1.0/{utility}`` (operationId ``updateUtility``)
        """
        from ..models.create_utility_request import CreateUtilityRequest
        from ..models.utility import Utility

        return await self._client._request(
            OPERATIONS["updateUtility"],
            Utility,
            path={"utility": utility},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=CreateUtilityRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class UtilitiesResourceWithRawResponse:
    """``client.with_raw_response.utilities`` of the sync client: each call returns an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: UtilitiesResource) -> None:
        self.create_utility = to_raw(resource.create_utility)
        self.delete_utility = to_raw(resource.delete_utility)
        self.get_utility = to_raw(resource.get_utility)
        self.list_utilities = to_raw_listing(resource.list_utilities)
        self.update_utility = to_raw(resource.update_utility)


class AsyncUtilitiesResourceWithRawResponse:
    """``client.with_raw_response.utilities`` of the async client: each call gives an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: AsyncUtilitiesResource) -> None:
        self.create_utility = to_async_raw(resource.create_utility)
        self.delete_utility = to_async_raw(resource.delete_utility)
        self.get_utility = to_async_raw(resource.get_utility)
        self.list_utilities = to_async_raw_listing(resource.list_utilities)
        self.update_utility = to_async_raw(resource.update_utility)


class UtilitiesResourceWithStreamingResponse:
    """``client.with_streaming_response.utilities`` of the sync client: each call returns a manager: ``with`` it for the unread response."""

    def __init__(self, resource: UtilitiesResource) -> None:
        self.create_utility = to_streamed(resource.create_utility)
        self.delete_utility = to_streamed(resource.delete_utility)
        self.get_utility = to_streamed(resource.get_utility)
        self.list_utilities = to_streamed_listing(resource.list_utilities)
        self.update_utility = to_streamed(resource.update_utility)


class AsyncUtilitiesResourceWithStreamingResponse:
    """``client.with_streaming_response.utilities`` of the async client: each call returns a manager: ``async with`` it for the unread response."""

    def __init__(self, resource: AsyncUtilitiesResource) -> None:
        self.create_utility = to_async_streamed(resource.create_utility)
        self.delete_utility = to_async_streamed(resource.delete_utility)
        self.get_utility = to_async_streamed(resource.get_utility)
        self.list_utilities = to_async_streamed_listing(resource.list_utilities)
        self.update_utility = to_async_streamed(resource.update_utility)
