"""Operations of ``client.subscription_plans`` (resource / subscription-plans)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._operations import OPERATIONS
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

__all__ = ["AsyncSubscriptionPlansResource", "SubscriptionPlansResource"]


class SubscriptionPlansResource:
    """Synchronous operations of resource / subscription-plans."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(
        self,
        *,
        body: SubscriptionPlanCreateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionPlan:
        """Subscription plan / Create

        Create a new Subscription plans

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/subscription-plans/v2.0`` (operationId ``subscriptionPlanCreate``)
        """
        from ..models.subscription_plan import SubscriptionPlan

        return self._client._request(
            OPERATIONS["subscriptionPlanCreate"],
            SubscriptionPlan,
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    def delete(
        self,
        subscription_plan: int,
        *,
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
        )

    def listing(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        filter: CircuitsListingFilter | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[SubscriptionPlan]:
        """Subscription plans / Listing

        Get all Subscription plans

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/subscription-plans/v2.0`` (operationId ``subscriptionPlansListing``)
        """
        from ..models.subscription_plan import SubscriptionPlan

        return self._client._paginate(
            OPERATIONS["subscriptionPlansListing"],
            SubscriptionPlan,
            query={"page": page, "per_page": per_page, "filter": filter},
            timeout=timeout,
        )

    def listing_deprecated(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
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
        )

    def read(
        self,
        subscription_plan: int,
        *,
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
        )

    def replace(
        self,
        subscription_plan: int,
        *,
        body: SubscriptionPlanReplaceRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Subscription plan / Replace

        Replace a subscription plan with another one.

        Args:
            subscription_plan: The ID of the subscription plan to be replaced
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/subscription-plans/v1.0/{subscriptionPlan}/replace`` (operationId ``subscriptionPlanReplace``)
        """
        return self._client._request(
            OPERATIONS["subscriptionPlanReplace"],
            None,
            path={"subscriptionPlan": subscription_plan},
            body=body,
            timeout=timeout,
        )

    def update(
        self,
        subscription_plan: int,
        *,
        body: SubscriptionPlanUpdateRequestOption1 | Mapping[str, Any],
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

        return self._client._request(
            OPERATIONS["subscriptionPlanUpdate"],
            SubscriptionPlan,
            path={"subscriptionPlan": subscription_plan},
            body=body,
            unwrap="data",
            timeout=timeout,
        )


class AsyncSubscriptionPlansResource:
    """Asynchronous operations of resource / subscription-plans."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: SubscriptionPlanCreateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubscriptionPlan:
        """Subscription plan / Create

        Create a new Subscription plans

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/subscription-plans/v2.0`` (operationId ``subscriptionPlanCreate``)
        """
        from ..models.subscription_plan import SubscriptionPlan

        return await self._client._request(
            OPERATIONS["subscriptionPlanCreate"],
            SubscriptionPlan,
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    async def delete(
        self,
        subscription_plan: int,
        *,
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
        )

    def listing(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        filter: CircuitsListingFilter | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[SubscriptionPlan]:
        """Subscription plans / Listing

        Get all Subscription plans

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/subscription-plans/v2.0`` (operationId ``subscriptionPlansListing``)
        """
        from ..models.subscription_plan import SubscriptionPlan

        return self._client._paginate(
            OPERATIONS["subscriptionPlansListing"],
            SubscriptionPlan,
            query={"page": page, "per_page": per_page, "filter": filter},
            timeout=timeout,
        )

    def listing_deprecated(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
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
        )

    async def read(
        self,
        subscription_plan: int,
        *,
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
        )

    async def replace(
        self,
        subscription_plan: int,
        *,
        body: SubscriptionPlanReplaceRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Subscription plan / Replace

        Replace a subscription plan with another one.

        Args:
            subscription_plan: The ID of the subscription plan to be replaced
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/subscription-plans/v1.0/{subscriptionPlan}/replace`` (operationId ``subscriptionPlanReplace``)
        """
        return await self._client._request(
            OPERATIONS["subscriptionPlanReplace"],
            None,
            path={"subscriptionPlan": subscription_plan},
            body=body,
            timeout=timeout,
        )

    async def update(
        self,
        subscription_plan: int,
        *,
        body: SubscriptionPlanUpdateRequestOption1 | Mapping[str, Any],
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

        return await self._client._request(
            OPERATIONS["subscriptionPlanUpdate"],
            SubscriptionPlan,
            path={"subscriptionPlan": subscription_plan},
            body=body,
            unwrap="data",
            timeout=timeout,
        )
