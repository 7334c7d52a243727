"""Operations of ``client.flexibility_activation_requests`` (resource / flexibility activation requests)."""

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
    from ..models.flexibility_activation_request import FlexibilityActivationRequest
    from ..models.list_flexibility_activation_requests_filter import (
        ListFlexibilityActivationRequestsFilter,
    )
    from ..params import ListFlexibilityActivationRequestsFilterParam

__all__ = [
    "AsyncFlexibilityActivationRequestsResource",
    "AsyncFlexibilityActivationRequestsResourceWithRawResponse",
    "AsyncFlexibilityActivationRequestsResourceWithStreamingResponse",
    "FlexibilityActivationRequestsResource",
    "FlexibilityActivationRequestsResourceWithRawResponse",
    "FlexibilityActivationRequestsResourceWithStreamingResponse",
]


class FlexibilityActivationRequestsResource:
    """Synchronous operations of resource / flexibility activation requests."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def get_flexibility_activation_request(
        self,
        flexibility_activation_request: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> FlexibilityActivationRequest:
        """Flexibility Activation Requests / Read

        Get a flexibility activation request

        Args:
            flexibility_activation_request: ID of the Flexibility Activation Request

        ``GET /public-api/resources/flexibility-activation-requests/v1.0/{flexibilityActivationRequest}`` (operationId ``getFlexibilityActivationRequest``)
        """
        from ..models.flexibility_activation_request import FlexibilityActivationRequest

        return self._client._request(
            OPERATIONS["getFlexibilityActivationRequest"],
            FlexibilityActivationRequest,
            path={"flexibilityActivationRequest": flexibility_activation_request},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def list_flexibility_activation_requests(
        self,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
        filter: (
            ListFlexibilityActivationRequestsFilter
            | ListFlexibilityActivationRequestsFilterParam
            | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[FlexibilityActivationRequest]:
        """Flexibility Activation Requests / Listing

        Get a list of Flexibility Requests

        Args:
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.
            filter: Filter for the requests based on assetId

        ``GET /public-api/resources/flexibility-activation-requests/v1.0`` (operationId ``listFlexibilityActivationRequests``)
        """
        from ..models.flexibility_activation_request import FlexibilityActivationRequest
        from ..models.list_flexibility_activation_requests_filter import (
            ListFlexibilityActivationRequestsFilter,
        )

        return self._client._paginate(
            OPERATIONS["listFlexibilityActivationRequests"],
            FlexibilityActivationRequest,
            query={"per_page": per_page, "cursor": cursor, "filter": filter},
            timeout=timeout,
            query_types={"filter": ListFlexibilityActivationRequestsFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncFlexibilityActivationRequestsResource:
    """Asynchronous operations of resource / flexibility activation requests."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def get_flexibility_activation_request(
        self,
        flexibility_activation_request: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> FlexibilityActivationRequest:
        """Flexibility Activation Requests / Read

        Get a flexibility activation request

        Args:
            flexibility_activation_request: ID of the Flexibility Activation Request

        ``GET /public-api/resources/flexibility-activation-requests/v1.0/{flexibilityActivationRequest}`` (operationId ``getFlexibilityActivationRequest``)
        """
        from ..models.flexibility_activation_request import FlexibilityActivationRequest

        return await self._client._request(
            OPERATIONS["getFlexibilityActivationRequest"],
            FlexibilityActivationRequest,
            path={"flexibilityActivationRequest": flexibility_activation_request},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def list_flexibility_activation_requests(
        self,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
        filter: (
            ListFlexibilityActivationRequestsFilter
            | ListFlexibilityActivationRequestsFilterParam
            | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[FlexibilityActivationRequest]:
        """Flexibility Activation Requests / Listing

        Get a list of Flexibility Requests

        Args:
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.
            filter: Filter for the requests based on assetId

        ``GET /public-api/resources/flexibility-activation-requests/v1.0`` (operationId ``listFlexibilityActivationRequests``)
        """
        from ..models.flexibility_activation_request import FlexibilityActivationRequest
        from ..models.list_flexibility_activation_requests_filter import (
            ListFlexibilityActivationRequestsFilter,
        )

        return self._client._paginate(
            OPERATIONS["listFlexibilityActivationRequests"],
            FlexibilityActivationRequest,
            query={"per_page": per_page, "cursor": cursor, "filter": filter},
            timeout=timeout,
            query_types={"filter": ListFlexibilityActivationRequestsFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class FlexibilityActivationRequestsResourceWithRawResponse:
    """``client.with_raw_response.flexibility_activation_requests`` of the sync client: each call returns an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: FlexibilityActivationRequestsResource) -> None:
        self.get_flexibility_activation_request = to_raw(
            resource.get_flexibility_activation_request
        )
        self.list_flexibility_activation_requests = to_raw_listing(
            resource.list_flexibility_activation_requests
        )


class AsyncFlexibilityActivationRequestsResourceWithRawResponse:
    """``client.with_raw_response.flexibility_activation_requests`` of the async client: each call gives an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: AsyncFlexibilityActivationRequestsResource) -> None:
        self.get_flexibility_activation_request = to_async_raw(
            resource.get_flexibility_activation_request
        )
        self.list_flexibility_activation_requests = to_async_raw_listing(
            resource.list_flexibility_activation_requests
        )


class FlexibilityActivationRequestsResourceWithStreamingResponse:
    """``client.with_streaming_response.flexibility_activation_requests`` of the sync client: each call returns a manager: ``with`` it for the unread response."""

    def __init__(self, resource: FlexibilityActivationRequestsResource) -> None:
        self.get_flexibility_activation_request = to_streamed(
            resource.get_flexibility_activation_request
        )
        self.list_flexibility_activation_requests = to_streamed_listing(
            resource.list_flexibility_activation_requests
        )


class AsyncFlexibilityActivationRequestsResourceWithStreamingResponse:
    """``client.with_streaming_response.flexibility_activation_requests`` of the async client: each call returns a manager: ``async with`` it for the unread response."""

    def __init__(self, resource: AsyncFlexibilityActivationRequestsResource) -> None:
        self.get_flexibility_activation_request = to_async_streamed(
            resource.get_flexibility_activation_request
        )
        self.list_flexibility_activation_requests = to_async_streamed_listing(
            resource.list_flexibility_activation_requests
        )
