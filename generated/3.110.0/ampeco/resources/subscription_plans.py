"""Operations of ``client.subscription_plans`` (resource / subscription-plans)."""

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
    from ..models.circuits_listing_filter import CircuitsListingFilter
    from ..models.subscription_plan import SubscriptionPlan
    from ..models.subscription_plan_create_request import SubscriptionPlanCreateRequest
    from ..models.subscription_plan_deprecated import SubscriptionPlanDeprecated
    from ..models.subscription_plan_replace_request import (
        SubscriptionPlanReplaceRequest,
    )
    from ..models.subscription_plan_update_request_option1 import (
        SubscriptionPlanUpdateRequestOption1,
    )
    from ..params import (
        CircuitsListingFilterParam,
        SubscriptionPlanCreateRequestParam,
        SubscriptionPlanReplaceRequestParam,
        SubscriptionPlanUpdateRequestOption1Param,
    )

__all__ = [
    "AsyncSubscriptionPlansResource",
    "AsyncSubscriptionPlansResourceWithRawResponse",
    "AsyncSubscriptionPlansResourceWithStreamingResponse",
    "SubscriptionPlansResource",
    "SubscriptionPlansResourceWithRawResponse",
    "SubscriptionPlansResourceWithStreamingResponse",
]


class SubscriptionPlansResource:
    """Synchronous operations of resource / subscription-plans."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(
        self,
        *,
        body: SubscriptionPlanCreateRequest | SubscriptionPlanCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionPlan:
        """Subscription plan / Create

        Create a new Subscription plans

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/subscription-plans/v2.0`` (operationId ``subscriptionPlanCreate``)
        """
        from ..models.subscription_plan import SubscriptionPlan
        from ..models.subscription_plan_create_request import (
            SubscriptionPlanCreateRequest,
        )

        return self._client._request(
            OPERATIONS["subscriptionPlanCreate"],
            SubscriptionPlan,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=SubscriptionPlanCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def delete(
        self,
        subscription_plan: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Subscription plan / Delete

        Delete a Subscription plan

        Args:
            subscription_plan: The ID of the subscription plan

        ``DELETE /public-api/resources/subscription-plans/v2.0/{subscriptionPlan}`` (operationId ``subscriptionPlanDelete``)
        """
        return self._client._request(
            OPERATIONS["subscriptionPlanDelete"],
            None,
            path={"subscriptionPlan": subscription_plan},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def listing(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        filter: CircuitsListingFilter | CircuitsListingFilterParam | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[SubscriptionPlan]:
        """Subscription plans / Listing

        Get all Subscription plans

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/subscription-plans/v2.0`` (operationId ``subscriptionPlansListing``)
        """
        from ..models.circuits_listing_filter import CircuitsListingFilter
        from ..models.subscription_plan import SubscriptionPlan

        return self._client._paginate(
            OPERATIONS["subscriptionPlansListing"],
            SubscriptionPlan,
            query={"page": page, "per_page": per_page, "filter": filter},
            timeout=timeout,
            query_types={"filter": CircuitsListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def listing_deprecated(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[SubscriptionPlanDeprecated]:
        """Subscription Plans / Listing

        Get all Subscription Plans

        Deprecated. Use ``client.subscription_plans.listing()`` instead.

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/subscription-plans/v1.0`` (operationId ``subscriptionPlansListingDeprecated``)
        """
        from ..models.subscription_plan_deprecated import SubscriptionPlanDeprecated

        return self._client._paginate(
            OPERATIONS["subscriptionPlansListingDeprecated"],
            SubscriptionPlanDeprecated,
            query={"page": page, "per_page": per_page},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def read(
        self,
        subscription_plan: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionPlan:
        """Subscription plan / Read

        Get a single subscription plan

        Args:
            subscription_plan: The ID of the subscription plan

        ``GET /public-api/resources/subscription-plans/v2.0/{subscriptionPlan}`` (operationId ``subscriptionPlanRead``)
        """
        from ..models.subscription_plan import SubscriptionPlan

        return self._client._request(
            OPERATIONS["subscriptionPlanRead"],
            SubscriptionPlan,
            path={"subscriptionPlan": subscription_plan},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def replace(
        self,
        subscription_plan: int,
        *,
        body: SubscriptionPlanReplaceRequest | SubscriptionPlanReplaceRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Subscription plan / Replace

        Replace a subscription plan with another one.

        Args:
            subscription_plan: The ID of the subscription plan to be replaced
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/subscription-plans/v1.0/{subscriptionPlan}/replace`` (operationId ``subscriptionPlanReplace``)
        """
        from ..models.subscription_plan_replace_request import (
            SubscriptionPlanReplaceRequest,
        )

        return self._client._request(
            OPERATIONS["subscriptionPlanReplace"],
            None,
            path={"subscriptionPlan": subscription_plan},
            body=body,
            timeout=timeout,
            body_type=SubscriptionPlanReplaceRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def update(
        self,
        subscription_plan: int,
        *,
        body: (
            SubscriptionPlanUpdateRequestOption1
            | SubscriptionPlanUpdateRequestOption1Param
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionPlan:
        """Subscription plan / Update

        Update a Subscription plan

        Args:
            subscription_plan: The ID of the subscription plan
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/subscription-plans/v2.0/{subscriptionPlan}`` (operationId ``subscriptionPlanUpdate``)
        """
        from ..models.subscription_plan import SubscriptionPlan
        from ..models.subscription_plan_update_request_option1 import (
            SubscriptionPlanUpdateRequestOption1,
        )

        return self._client._request(
            OPERATIONS["subscriptionPlanUpdate"],
            SubscriptionPlan,
            path={"subscriptionPlan": subscription_plan},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=SubscriptionPlanUpdateRequestOption1,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class AsyncSubscriptionPlansResource:
    """Asynchronous operations of resource / subscription-plans."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: SubscriptionPlanCreateRequest | SubscriptionPlanCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionPlan:
        """Subscription plan / Create

        Create a new Subscription plans

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/subscription-plans/v2.0`` (operationId ``subscriptionPlanCreate``)
        """
        from ..models.subscription_plan import SubscriptionPlan
        from ..models.subscription_plan_create_request import (
            SubscriptionPlanCreateRequest,
        )

        return await self._client._request(
            OPERATIONS["subscriptionPlanCreate"],
            SubscriptionPlan,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=SubscriptionPlanCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def delete(
        self,
        subscription_plan: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Subscription plan / Delete

        Delete a Subscription plan

        Args:
            subscription_plan: The ID of the subscription plan

        ``DELETE /public-api/resources/subscription-plans/v2.0/{subscriptionPlan}`` (operationId ``subscriptionPlanDelete``)
        """
        return await self._client._request(
            OPERATIONS["subscriptionPlanDelete"],
            None,
            path={"subscriptionPlan": subscription_plan},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def listing(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        filter: CircuitsListingFilter | CircuitsListingFilterParam | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[SubscriptionPlan]:
        """Subscription plans / Listing

        Get all Subscription plans

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/subscription-plans/v2.0`` (operationId ``subscriptionPlansListing``)
        """
        from ..models.circuits_listing_filter import CircuitsListingFilter
        from ..models.subscription_plan import SubscriptionPlan

        return self._client._paginate(
            OPERATIONS["subscriptionPlansListing"],
            SubscriptionPlan,
            query={"page": page, "per_page": per_page, "filter": filter},
            timeout=timeout,
            query_types={"filter": CircuitsListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def listing_deprecated(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[SubscriptionPlanDeprecated]:
        """Subscription Plans / Listing

        Get all Subscription Plans

        Deprecated. Use ``client.subscription_plans.listing()`` instead.

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/subscription-plans/v1.0`` (operationId ``subscriptionPlansListingDeprecated``)
        """
        from ..models.subscription_plan_deprecated import SubscriptionPlanDeprecated

        return self._client._paginate(
            OPERATIONS["subscriptionPlansListingDeprecated"],
            SubscriptionPlanDeprecated,
            query={"page": page, "per_page": per_page},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def read(
        self,
        subscription_plan: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionPlan:
        """Subscription plan / Read

        Get a single subscription plan

        Args:
            subscription_plan: The ID of the subscription plan

        ``GET /public-api/resources/subscription-plans/v2.0/{subscriptionPlan}`` (operationId ``subscriptionPlanRead``)
        """
        from ..models.subscription_plan import SubscriptionPlan

        return await self._client._request(
            OPERATIONS["subscriptionPlanRead"],
            SubscriptionPlan,
            path={"subscriptionPlan": subscription_plan},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def replace(
        self,
        subscription_plan: int,
        *,
        body: SubscriptionPlanReplaceRequest | SubscriptionPlanReplaceRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Subscription plan / Replace

        Replace a subscription plan with another one.

        Args:
            subscription_plan: The ID of the subscription plan to be replaced
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/subscription-plans/v1.0/{subscriptionPlan}/replace`` (operationId ``subscriptionPlanReplace``)
        """
        from ..models.subscription_plan_replace_request import (
            SubscriptionPlanReplaceRequest,
        )

        return await self._client._request(
            OPERATIONS["subscriptionPlanReplace"],
            None,
            path={"subscriptionPlan": subscription_plan},
            body=body,
            timeout=timeout,
            body_type=SubscriptionPlanReplaceRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def update(
        self,
        subscription_plan: int,
        *,
        body: (
            SubscriptionPlanUpdateRequestOption1
            | SubscriptionPlanUpdateRequestOption1Param
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionPlan:
        """Subscription plan / Update

        Update a Subscription plan

        Args:
            subscription_plan: The ID of the subscription plan
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/subscription-plans/v2.0/{subscriptionPlan}`` (operationId ``subscriptionPlanUpdate``)
        """
        from ..models.subscription_plan import SubscriptionPlan
        from ..models.subscription_plan_update_request_option1 import (
            SubscriptionPlanUpdateRequestOption1,
        )

        return await self._client._request(
            OPERATIONS["subscriptionPlanUpdate"],
            SubscriptionPlan,
            path={"subscriptionPlan": subscription_plan},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=SubscriptionPlanUpdateRequestOption1,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class SubscriptionPlansResourceWithRawResponse:
    """``client.with_raw_response.subscription_plans`` of the sync client: each call returns an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: SubscriptionPlansResource) -> None:
        self.create = to_raw(resource.create)
        self.delete = to_raw(resource.delete)
        self.listing = to_raw_listing(resource.listing)
        self.listing_deprecated = to_raw_listing(resource.listing_deprecated)
        self.read = to_raw(resource.read)
        self.replace = to_raw(resource.replace)
        self.update = to_raw(resource.update)


class AsyncSubscriptionPlansResourceWithRawResponse:
    """``client.with_raw_response.subscription_plans`` of the async client: each call gives an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: AsyncSubscriptionPlansResource) -> None:
        self.create = to_async_raw(resource.create)
        self.delete = to_async_raw(resource.delete)
        self.listing = to_async_raw_listing(resource.listing)
        self.listing_deprecated = to_async_raw_listing(resource.listing_deprecated)
        self.read = to_async_raw(resource.read)
        self.replace = to_async_raw(resource.replace)
        self.update = to_async_raw(resource.update)


class SubscriptionPlansResourceWithStreamingResponse:
    """``client.with_streaming_response.subscription_plans`` of the sync client: each call returns a manager: ``with`` it for the unread response."""

    def __init__(self, resource: SubscriptionPlansResource) -> None:
        self.create = to_streamed(resource.create)
        self.delete = to_streamed(resource.delete)
        self.listing = to_streamed_listing(resource.listing)
        self.listing_deprecated = to_streamed_listing(resource.listing_deprecated)
        self.read = to_streamed(resource.read)
        self.replace = to_streamed(resource.replace)
        self.update = to_streamed(resource.update)


class AsyncSubscriptionPlansResourceWithStreamingResponse:
    """``client.with_streaming_response.subscription_plans`` of the async client: each call returns a manager: ``async with`` it for the unread response."""

    def __init__(self, resource: AsyncSubscriptionPlansResource) -> None:
        self.create = to_async_streamed(resource.create)
        self.delete = to_async_streamed(resource.delete)
        self.listing = to_async_streamed_listing(resource.listing)
        self.listing_deprecated = to_async_streamed_listing(resource.listing_deprecated)
        self.read = to_async_streamed(resource.read)
        self.replace = to_async_streamed(resource.replace)
        self.update = to_async_streamed(resource.update)
