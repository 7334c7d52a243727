"""Operations of ``client.sub_operators`` (resource / sub operators)."""

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
    from ..models.sub_operator import SubOperator

__all__ = [
    "AsyncSubOperatorsResource",
    "AsyncSubOperatorsResourceWithRawResponse",
    "AsyncSubOperatorsResourceWithStreamingResponse",
    "SubOperatorsResource",
    "SubOperatorsResourceWithRawResponse",
    "SubOperatorsResourceWithStreamingResponse",
]


class SubOperatorsResource:
    """Synchronous operations of resource / sub operators."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def listing(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[SubOperator]:
        """Sub operators / Listing

        Get all sub operators

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/sub-operators/v1.0`` (operationId ``subOperatorsListing``)
        """
        from ..models.sub_operator import SubOperator

        return self._client._paginate(
            OPERATIONS["subOperatorsListing"],
            SubOperator,
            query={"page": page, "per_page": per_page},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def read(
        self,
        sub_operator: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubOperator:
        """Sub operator / Read

        Get a sub operator

        Args:
            sub_operator: the subOperator path parameter

        ``GET /public-api/resources/sub-operators/v1.0/{subOperator}`` (operationId ``subOperatorRead``)
        """
        from ..models.sub_operator import SubOperator

        return self._client._request(
            OPERATIONS["subOperatorRead"],
            SubOperator,
            path={"subOperator": sub_operator},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncSubOperatorsResource:
    """Asynchronous operations of resource / sub operators."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    def listing(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[SubOperator]:
        """Sub operators / Listing

        Get all sub operators

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/sub-operators/v1.0`` (operationId ``subOperatorsListing``)
        """
        from ..models.sub_operator import SubOperator

        return self._client._paginate(
            OPERATIONS["subOperatorsListing"],
            SubOperator,
            query={"page": page, "per_page": per_page},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def read(
        self,
        sub_operator: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubOperator:
        """Sub operator / Read

        Get a sub operator

        Args:
            sub_operator: the subOperator path parameter

        ``GET /public-api/resources/sub-operators/v1.0/{subOperator}`` (operationId ``subOperatorRead``)
        """
        from ..models.sub_operator import SubOperator

        return await self._client._request(
            OPERATIONS["subOperatorRead"],
            SubOperator,
            path={"subOperator": sub_operator},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class SubOperatorsResourceWithRawResponse:
    """``client.with_raw_response.sub_operators`` of the sync client: each call returns an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: SubOperatorsResource) -> None:
        self.listing = to_raw_listing(resource.listing)
        self.read = to_raw(resource.read)


class AsyncSubOperatorsResourceWithRawResponse:
    """``client.with_raw_response.sub_operators`` of the async client: each call gives an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: AsyncSubOperatorsResource) -> None:
        self.listing = to_async_raw_listing(resource.listing)
        self.read = to_async_raw(resource.read)


class SubOperatorsResourceWithStreamingResponse:
    """``client.with_streaming_response.sub_operators`` of the sync client: each call returns a manager: ``with`` it for the unread response."""

    def __init__(self, resource: SubOperatorsResource) -> None:
        self.listing = to_streamed_listing(resource.listing)
        self.read = to_streamed(resource.read)


class AsyncSubOperatorsResourceWithStreamingResponse:
    """``client.with_streaming_response.sub_operators`` of the async client: each call returns a manager: ``async with`` it for the unread response."""

    def __init__(self, resource: AsyncSubOperatorsResource) -> None:
        self.listing = to_async_streamed_listing(resource.listing)
        self.read = to_async_streamed(resource.read)
