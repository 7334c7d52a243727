"""Operations of ``client.subscriptions`` (resource / subscriptions)."""

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
    from ..models.subscription import Subscription
    from ..models.subscriptions_listing_filter import SubscriptionsListingFilter
    from ..params import SubscriptionsListingFilterParam

__all__ = [
    "AsyncSubscriptionsResource",
    "AsyncSubscriptionsResourceWithRawResponse",
    "AsyncSubscriptionsResourceWithStreamingResponse",
    "SubscriptionsResource",
    "SubscriptionsResourceWithRawResponse",
    "SubscriptionsResourceWithStreamingResponse",
]


class SubscriptionsResource:
    """Synchronous operations of resource / subscriptions."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def listing(
        self,
        *,
        filter: (
            SubscriptionsListingFilter | SubscriptionsListingFilterParam | None
        ) = None,
        page: int | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[Subscription]:
        """Subscriptions / Listing

        Get all subscriptions

        Args:
            page: The page number to fetch (defaults to 1). Not used in cursor pagination.
            per_page: The numbers of items to return. Used in both page and cursor pagination to declare the page size.
            cursor: The cursor to fetch the next page. Set it to empty in order to engage the cursor pagination that has more performance but requires you to get each pages response before you can move on to the next page. for example `?cursor`

        ``GET /public-api/resources/subscriptions/v1.0`` (operationId ``subscriptionsListing``)
        """
        from ..models.subscription import Subscription
        from ..models.subscriptions_listing_filter import SubscriptionsListingFilter

        return self._client._paginate(
            OPERATIONS["subscriptionsListing"],
            Subscription,
            query={
                "filter": filter,
                "page": page,
                "per_page": per_page,
                "cursor": cursor,
            },
            timeout=timeout,
            query_types={"filter": SubscriptionsListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def read(
        self,
        subscription: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Subscription:
        """Subscription / Read

        Get a single subscription

        Args:
            subscription: The subscription ID

        ``GET /public-api/resources/subscriptions/v1.0/{subscription}`` (operationId ``subscriptionRead``)
        """
        from ..models.subscription import Subscription

        return self._client._request(
            OPERATIONS["subscriptionRead"],
            Subscription,
            path={"subscription": subscription},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncSubscriptionsResource:
    """Asynchronous operations of resource / subscriptions."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    def listing(
        self,
        *,
        filter: (
            SubscriptionsListingFilter | SubscriptionsListingFilterParam | None
        ) = None,
        page: int | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[Subscription]:
        """Subscriptions / Listing

        Get all subscriptions

        Args:
            page: The page number to fetch (defaults to 1). Not used in cursor pagination.
            per_page: The numbers of items to return. Used in both page and cursor pagination to declare the page size.
            cursor: The cursor to fetch the next page. Set it to empty in order to engage the cursor pagination that has more performance but requires you to get each pages response before you can move on to the next page. for example `?cursor`

        ``GET /public-api/resources/subscriptions/v1.0`` (operationId ``subscriptionsListing``)
        """
        from ..models.subscription import Subscription
        from ..models.subscriptions_listing_filter import SubscriptionsListingFilter

        return self._client._paginate(
            OPERATIONS["subscriptionsListing"],
            Subscription,
            query={
                "filter": filter,
                "page": page,
                "per_page": per_page,
                "cursor": cursor,
            },
            timeout=timeout,
            query_types={"filter": SubscriptionsListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def read(
        self,
        subscription: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Subscription:
        """Subscription / Read

        Get a single subscription

        Args:
            subscription: The subscription ID

        ``GET /public-api/resources/subscriptions/v1.0/{subscription}`` (operationId ``subscriptionRead``)
        """
        from ..models.subscription import Subscription

        return await self._client._request(
            OPERATIONS["subscriptionRead"],
            Subscription,
            path={"subscription": subscription},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class SubscriptionsResourceWithRawResponse:
    """``client.with_raw_response.subscriptions`` of the sync client: each call returns an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: SubscriptionsResource) -> None:
        self.listing = to_raw_listing(resource.listing)
        self.read = to_raw(resource.read)


class AsyncSubscriptionsResourceWithRawResponse:
    """``client.with_raw_response.subscriptions`` of the async client: each call gives an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: AsyncSubscriptionsResource) -> None:
        self.listing = to_async_raw_listing(resource.listing)
        self.read = to_async_raw(resource.read)


class SubscriptionsResourceWithStreamingResponse:
    """``client.with_streaming_response.subscriptions`` of the sync client: each call returns a manager: ``with`` it for the unread response."""

    def __init__(self, resource: SubscriptionsResource) -> None:
        self.listing = to_streamed_listing(resource.listing)
        self.read = to_streamed(resource.read)


class AsyncSubscriptionsResourceWithStreamingResponse:
    """``client.with_streaming_response.subscriptions`` of the async client: each call returns a manager: ``async with`` it for the unread response."""

    def __init__(self, resource: AsyncSubscriptionsResource) -> None:
        self.listing = to_async_streamed_listing(resource.listing)
        self.read = to_async_streamed(resource.read)
