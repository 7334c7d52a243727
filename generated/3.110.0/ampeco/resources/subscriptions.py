"""Operations of ``client.subscriptions`` (resource / subscriptions)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._operations import OPERATIONS
from .._runtime.pagination import AsyncPager, SyncPager
from .._runtime.types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    import httpx

    from .._runtime.client import AsyncClient, SyncClient
    from ..models.subscription import Subscription
    from ..models.subscriptions_listing_filter import SubscriptionsListingFilter

__all__ = ["AsyncSubscriptionsResource", "SubscriptionsResource"]


class SubscriptionsResource:
    """Synchronous operations of resource / subscriptions."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def listing(
        self,
        *,
        filter: SubscriptionsListingFilter | Mapping[str, Any] | None = None,
        page: int | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
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
        )

    def read(
        self,
        subscription: int,
        *,
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
        )


class AsyncSubscriptionsResource:
    """Asynchronous operations of resource / subscriptions."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    def listing(
        self,
        *,
        filter: SubscriptionsListingFilter | Mapping[str, Any] | None = None,
        page: int | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
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
        )

    async def read(
        self,
        subscription: int,
        *,
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
        )
