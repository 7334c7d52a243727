"""Operations of ``client.roaming_operators`` (resource / roaming operators)."""

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
    from ..models.create_roaming_custom_tariff_filter_request import (
        CreateRoamingCustomTariffFilterRequest,
    )
    from ..models.error_body import ErrorBody
    from ..models.list_roaming_custom_tariff_filters_filter import (
        ListRoamingCustomTariffFiltersFilter,
    )
    from ..models.reorder_roaming_custom_tariff_filters_request import (
        ReorderRoamingCustomTariffFiltersRequest,
    )
    from ..models.roaming_custom_tariff_filter import RoamingCustomTariffFilter
    from ..models.roaming_operator import RoamingOperator
    from ..models.roaming_operator_update_request import RoamingOperatorUpdateRequest
    from ..models.update_custom_tariff_filter_tariff_request import (
        UpdateCustomTariffFilterTariffRequest,
    )
    from ..models.update_roaming_custom_tariff_filter_request import (
        UpdateRoamingCustomTariffFilterRequest,
    )
    from ..params import (
        CreateRoamingCustomTariffFilterRequestParam,
        ListRoamingCustomTariffFiltersFilterParam,
        ReorderRoamingCustomTariffFiltersRequestParam,
        RoamingOperatorUpdateRequestParam,
        UpdateCustomTariffFilterTariffRequestParam,
        UpdateRoamingCustomTariffFilterRequestParam,
    )

__all__ = [
    "AsyncRoamingOperatorsResource",
    "AsyncRoamingOperatorsResourceWithRawResponse",
    "AsyncRoamingOperatorsResourceWithStreamingResponse",
    "RoamingOperatorsResource",
    "RoamingOperatorsResourceWithRawResponse",
    "RoamingOperatorsResourceWithStreamingResponse",
]


class RoamingOperatorsResource:
    """Synchronous operations of resource / roaming operators."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create_roaming_custom_tariff_filter(
        self,
        roaming_operator: int,
        *,
        body: (
            CreateRoamingCustomTariffFilterRequest
            | CreateRoamingCustomTariffFilterRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RoamingCustomTariffFilter:
        """Roaming Operators / Custom Tariff Filters / Create

        Create new custom tariff filter for a roaming operator

        Args:
            roaming_operator: The ID of the roaming operator
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/roaming-operators/v2.0/{roamingOperator}/custom-tariff-filters`` (operationId ``createRoamingCustomTariffFilter``)
        """
        from ..models.create_roaming_custom_tariff_filter_request import (
            CreateRoamingCustomTariffFilterRequest,
        )
        from ..models.roaming_custom_tariff_filter import RoamingCustomTariffFilter

        return self._client._request(
            OPERATIONS["createRoamingCustomTariffFilter"],
            RoamingCustomTariffFilter,
            path={"roamingOperator": roaming_operator},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=CreateRoamingCustomTariffFilterRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def delete_roaming_custom_tariff_filter(
        self,
        roaming_operator: int,
        custom_tariff_filter: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Roaming Operators / Custom Tariff Filters / Delete

        Delete a custom tariff filter

        Args:
            roaming_operator: The ID of the roaming operator
            custom_tariff_filter: The ID of the custom tariff filter

        ``DELETE /public-api/resources/roaming-operators/v2.0/{roamingOperator}/custom-tariff-filters/{customTariffFilter}`` (operationId ``deleteRoamingCustomTariffFilter``)
        """
        return self._client._request(
            OPERATIONS["deleteRoamingCustomTariffFilter"],
            None,
            path={
                "roamingOperator": roaming_operator,
                "customTariffFilter": custom_tariff_filter,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_roaming_custom_tariff_filter(
        self,
        roaming_operator: int,
        custom_tariff_filter: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RoamingCustomTariffFilter:
        """Roaming Operators / Custom Tariff Filters / Read

        Get a specific custom tariff filter

        Args:
            roaming_operator: The ID of the roaming operator
            custom_tariff_filter: The ID of the custom tariff filter

        ``GET /public-api/resources/roaming-operators/v2.0/{roamingOperator}/custom-tariff-filters/{customTariffFilter}`` (operationId ``getRoamingCustomTariffFilter``)
        """
        from ..models.roaming_custom_tariff_filter import RoamingCustomTariffFilter

        return self._client._request(
            OPERATIONS["getRoamingCustomTariffFilter"],
            RoamingCustomTariffFilter,
            path={
                "roamingOperator": roaming_operator,
                "customTariffFilter": custom_tariff_filter,
            },
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def list_roaming_custom_tariff_filters(
        self,
        roaming_operator: int,
        *,
        filter: (
            ListRoamingCustomTariffFiltersFilter
            | ListRoamingCustomTariffFiltersFilterParam
            | None
        ) = None,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[RoamingCustomTariffFilter]:
        """Roaming Operators / Custom Tariff Filters / Listing

        Get all custom tariff filters for a roaming operator

        Args:
            roaming_operator: The ID of the roaming operator
            filter: Filter options for custom tariff filters
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.

        ``GET /public-api/resources/roaming-operators/v2.0/{roamingOperator}/custom-tariff-filters`` (operationId ``listRoamingCustomTariffFilters``)
        """
        from ..models.list_roaming_custom_tariff_filters_filter import (
            ListRoamingCustomTariffFiltersFilter,
        )
        from ..models.roaming_custom_tariff_filter import RoamingCustomTariffFilter

        return self._client._paginate(
            OPERATIONS["listRoamingCustomTariffFilters"],
            RoamingCustomTariffFilter,
            path={"roamingOperator": roaming_operator},
            query={"filter": filter, "per_page": per_page, "cursor": cursor},
            timeout=timeout,
            query_types={"filter": ListRoamingCustomTariffFiltersFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def listing(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[RoamingOperator]:
        """Roaming Operators / Listing

        Get all Roaming Operators

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/roaming-operators/v2.0`` (operationId ``roamingOperatorsListing``)
        """
        from ..models.roaming_operator import RoamingOperator

        return self._client._paginate(
            OPERATIONS["roamingOperatorsListing"],
            RoamingOperator,
            query={"page": page, "per_page": per_page},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def read(
        self,
        roaming_operator: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RoamingOperator:
        """Roaming Operator / Read

        Get a Roaming Operator

        Args:
            roaming_operator: the roamingOperator path parameter

        ``GET /public-api/resources/roaming-operators/v2.0/{roamingOperator}`` (operationId ``roamingOperatorRead``)
        """
        from ..models.roaming_operator import RoamingOperator

        return self._client._request(
            OPERATIONS["roamingOperatorRead"],
            RoamingOperator,
            path={"roamingOperator": roaming_operator},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def reorder_roaming_custom_tariff_filters(
        self,
        roaming_operator: int,
        *,
        body: (
            ReorderRoamingCustomTariffFiltersRequest
            | ReorderRoamingCustomTariffFiltersRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ErrorBody:
        """Roaming Operators / Custom Tariff Filters / Reorder

        Change the ordering of custom tariff filters for a roaming operator.
        This operation allows partial reordering - you only need to specify the filters that need to move.
        Filters not included in the request will maintain their relative positions.
        The atomic operation prevents inconsistent states during reordering.


        Args:
            roaming_operator: The ID of the roaming operator
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PUT /public-api/resources/roaming-operators/v2.0/{roamingOperator}/custom-tariff-filters/reorder`` (operationId ``reorderRoamingCustomTariffFilters``)
        """
        from ..models.error_body import ErrorBody
        from ..models.reorder_roaming_custom_tariff_filters_request import (
            ReorderRoamingCustomTariffFiltersRequest,
        )

        return self._client._request(
            OPERATIONS["reorderRoamingCustomTariffFilters"],
            ErrorBody,
            path={"roamingOperator": roaming_operator},
            body=body,
            timeout=timeout,
            body_type=ReorderRoamingCustomTariffFiltersRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def update(
        self,
        roaming_operator: int,
        *,
        body: RoamingOperatorUpdateRequest | RoamingOperatorUpdateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RoamingOperator:
        """Roaming Operator / Update

        Update Roaming Operator

        Args:
            roaming_operator: the roamingOperator path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/roaming-operators/v2.0/{roamingOperator}`` (operationId ``roamingOperatorUpdate``)
        """
        from ..models.roaming_operator import RoamingOperator
        from ..models.roaming_operator_update_request import (
            RoamingOperatorUpdateRequest,
        )

        return self._client._request(
            OPERATIONS["roamingOperatorUpdate"],
            RoamingOperator,
            path={"roamingOperator": roaming_operator},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=RoamingOperatorUpdateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def update_custom_tariff_filter_tariff(
        self,
        roaming_operator: int,
        custom_tariff_filter: int,
        *,
        body: (
            UpdateCustomTariffFilterTariffRequest
            | UpdateCustomTariffFilterTariffRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Custom Tariff Filters / Set Pricing Data

        Set the pricing data for a custom tariff filter.
        This action will update the underling roaming tariff and create a pricing based on it.
        The pricing can then be utilized by attaching a markup tariff to the tariff map of the custom tariff filter.
        The pricing data must follow the OCPI 2.2.1 Tariff object specification.


        Args:
            roaming_operator: The ID of the roaming operator
            custom_tariff_filter: The ID of the custom tariff filter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/roaming-operator/v2.0/{roamingOperator}/custom-tariff-filter/{customTariffFilter}/set-pricing-data`` (operationId ``updateCustomTariffFilterTariff``)
        """
        from ..models.update_custom_tariff_filter_tariff_request import (
            UpdateCustomTariffFilterTariffRequest,
        )

        return self._client._request(
            OPERATIONS["updateCustomTariffFilterTariff"],
            None,
            path={
                "roamingOperator": roaming_operator,
                "customTariffFilter": custom_tariff_filter,
            },
            body=body,
            timeout=timeout,
            body_type=UpdateCustomTariffFilterTariffRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def update_roaming_custom_tariff_filter(
        self,
        roaming_operator: int,
        custom_tariff_filter: int,
        *,
        body: (
            UpdateRoamingCustomTariffFilterRequest
            | UpdateRoamingCustomTariffFilterRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RoamingCustomTariffFilter:
        """Roaming Operators / Custom Tariff Filters / Update

        Update an existing custom tariff filter

        Args:
            roaming_operator: The ID of the roaming operator
            custom_tariff_filter: The ID of the custom tariff filter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/roaming-operators/v2.0/{roamingOperator}/custom-tariff-filters/{customTariffFilter}`` (operationId ``updateRoamingCustomTariffFilter``)
        """
        from ..models.roaming_custom_tariff_filter import RoamingCustomTariffFilter
        from ..models.update_roaming_custom_tariff_filter_request import (
            UpdateRoamingCustomTariffFilterRequest,
        )

        return self._client._request(
            OPERATIONS["updateRoamingCustomTariffFilter"],
            RoamingCustomTariffFilter,
            path={
                "roamingOperator": roaming_operator,
                "customTariffFilter": custom_tariff_filter,
            },
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=UpdateRoamingCustomTariffFilterRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class AsyncRoamingOperatorsResource:
    """Asynchronous operations of resource / roaming operators."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create_roaming_custom_tariff_filter(
        self,
        roaming_operator: int,
        *,
        body: (
            CreateRoamingCustomTariffFilterRequest
            | CreateRoamingCustomTariffFilterRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RoamingCustomTariffFilter:
        """Roaming Operators / Custom Tariff Filters / Create

        Create new custom tariff filter for a roaming operator

        Args:
            roaming_operator: The ID of the roaming operator
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/roaming-operators/v2.0/{roamingOperator}/custom-tariff-filters`` (operationId ``createRoamingCustomTariffFilter``)
        """
        from ..models.create_roaming_custom_tariff_filter_request import (
            CreateRoamingCustomTariffFilterRequest,
        )
        from ..models.roaming_custom_tariff_filter import RoamingCustomTariffFilter

        return await self._client._request(
            OPERATIONS["createRoamingCustomTariffFilter"],
            RoamingCustomTariffFilter,
            path={"roamingOperator": roaming_operator},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=CreateRoamingCustomTariffFilterRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def delete_roaming_custom_tariff_filter(
        self,
        roaming_operator: int,
        custom_tariff_filter: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Roaming Operators / Custom Tariff Filters / Delete

        Delete a custom tariff filter

        Args:
            roaming_operator: The ID of the roaming operator
            custom_tariff_filter: The ID of the custom tariff filter

        ``DELETE /public-api/resources/roaming-operators/v2.0/{roamingOperator}/custom-tariff-filters/{customTariffFilter}`` (operationId ``deleteRoamingCustomTariffFilter``)
        """
        return await self._client._request(
            OPERATIONS["deleteRoamingCustomTariffFilter"],
            None,
            path={
                "roamingOperator": roaming_operator,
                "customTariffFilter": custom_tariff_filter,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def get_roaming_custom_tariff_filter(
        self,
        roaming_operator: int,
        custom_tariff_filter: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RoamingCustomTariffFilter:
        """Roaming Operators / Custom Tariff Filters / Read

        Get a specific custom tariff filter

        Args:
            roaming_operator: The ID of the roaming operator
            custom_tariff_filter: The ID of the custom tariff filter

        ``GET /public-api/resources/roaming-operators/v2.0/{roamingOperator}/custom-tariff-filters/{customTariffFilter}`` (operationId ``getRoamingCustomTariffFilter``)
        """
        from ..models.roaming_custom_tariff_filter import RoamingCustomTariffFilter

        return await self._client._request(
            OPERATIONS["getRoamingCustomTariffFilter"],
            RoamingCustomTariffFilter,
            path={
                "roamingOperator": roaming_operator,
                "customTariffFilter": custom_tariff_filter,
            },
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def list_roaming_custom_tariff_filters(
        self,
        roaming_operator: int,
        *,
        filter: (
            ListRoamingCustomTariffFiltersFilter
            | ListRoamingCustomTariffFiltersFilterParam
            | None
        ) = None,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[RoamingCustomTariffFilter]:
        """Roaming Operators / Custom Tariff Filters / Listing

        Get all custom tariff filters for a roaming operator

        Args:
            roaming_operator: The ID of the roaming operator
            filter: Filter options for custom tariff filters
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.

        ``GET /public-api/resources/roaming-operators/v2.0/{roamingOperator}/custom-tariff-filters`` (operationId ``listRoamingCustomTariffFilters``)
        """
        from ..models.list_roaming_custom_tariff_filters_filter import (
            ListRoamingCustomTariffFiltersFilter,
        )
        from ..models.roaming_custom_tariff_filter import RoamingCustomTariffFilter

        return self._client._paginate(
            OPERATIONS["listRoamingCustomTariffFilters"],
            RoamingCustomTariffFilter,
            path={"roamingOperator": roaming_operator},
            query={"filter": filter, "per_page": per_page, "cursor": cursor},
            timeout=timeout,
            query_types={"filter": ListRoamingCustomTariffFiltersFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def listing(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[RoamingOperator]:
        """Roaming Operators / Listing

        Get all Roaming Operators

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/roaming-operators/v2.0`` (operationId ``roamingOperatorsListing``)
        """
        from ..models.roaming_operator import RoamingOperator

        return self._client._paginate(
            OPERATIONS["roamingOperatorsListing"],
            RoamingOperator,
            query={"page": page, "per_page": per_page},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def read(
        self,
        roaming_operator: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RoamingOperator:
        """Roaming Operator / Read

        Get a Roaming Operator

        Args:
            roaming_operator: the roamingOperator path parameter

        ``GET /public-api/resources/roaming-operators/v2.0/{roamingOperator}`` (operationId ``roamingOperatorRead``)
        """
        from ..models.roaming_operator import RoamingOperator

        return await self._client._request(
            OPERATIONS["roamingOperatorRead"],
            RoamingOperator,
            path={"roamingOperator": roaming_operator},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def reorder_roaming_custom_tariff_filters(
        self,
        roaming_operator: int,
        *,
        body: (
            ReorderRoamingCustomTariffFiltersRequest
            | ReorderRoamingCustomTariffFiltersRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ErrorBody:
        """Roaming Operators / Custom Tariff Filters / Reorder

        Change the ordering of custom tariff filters for a roaming operator.
        This operation allows partial reordering - you only need to specify the filters that need to move.
        Filters not included in the request will maintain their relative positions.
        The atomic operation prevents inconsistent states during reordering.


        Args:
            roaming_operator: The ID of the roaming operator
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PUT /public-api/resources/roaming-operators/v2.0/{roamingOperator}/custom-tariff-filters/reorder`` (operationId ``reorderRoamingCustomTariffFilters``)
        """
        from ..models.error_body import ErrorBody
        from ..models.reorder_roaming_custom_tariff_filters_request import (
            ReorderRoamingCustomTariffFiltersRequest,
        )

        return await self._client._request(
            OPERATIONS["reorderRoamingCustomTariffFilters"],
            ErrorBody,
            path={"roamingOperator": roaming_operator},
            body=body,
            timeout=timeout,
            body_type=ReorderRoamingCustomTariffFiltersRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def update(
        self,
        roaming_operator: int,
        *,
        body: RoamingOperatorUpdateRequest | RoamingOperatorUpdateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RoamingOperator:
        """Roaming Operator / Update

        Update Roaming Operator

        Args:
            roaming_operator: the roamingOperator path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/roaming-operators/v2.0/{roamingOperator}`` (operationId ``roamingOperatorUpdate``)
        """
        from ..models.roaming_operator import RoamingOperator
        from ..models.roaming_operator_update_request import (
            RoamingOperatorUpdateRequest,
        )

        return await self._client._request(
            OPERATIONS["roamingOperatorUpdate"],
            RoamingOperator,
            path={"roamingOperator": roaming_operator},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=RoamingOperatorUpdateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def update_custom_tariff_filter_tariff(
        self,
        roaming_operator: int,
        custom_tariff_filter: int,
        *,
        body: (
            UpdateCustomTariffFilterTariffRequest
            | UpdateCustomTariffFilterTariffRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Custom Tariff Filters / Set Pricing Data

        Set the pricing data for a custom tariff filter.
        This action will update the underling roaming tariff and create a pricing based on it.
        The pricing can then be utilized by attaching a markup tariff to the tariff map of the custom tariff filter.
        The pricing data must follow the OCPI 2.2.1 Tariff object specification.


        Args:
            roaming_operator: The ID of the roaming operator
            custom_tariff_filter: The ID of the custom tariff filter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/roaming-operator/v2.0/{roamingOperator}/custom-tariff-filter/{customTariffFilter}/set-pricing-data`` (operationId ``updateCustomTariffFilterTariff``)
        """
        from ..models.update_custom_tariff_filter_tariff_request import (
            UpdateCustomTariffFilterTariffRequest,
        )

        return await self._client._request(
            OPERATIONS["updateCustomTariffFilterTariff"],
            None,
            path={
                "roamingOperator": roaming_operator,
                "customTariffFilter": custom_tariff_filter,
            },
            body=body,
            timeout=timeout,
            body_type=UpdateCustomTariffFilterTariffRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def update_roaming_custom_tariff_filter(
        self,
        roaming_operator: int,
        custom_tariff_filter: int,
        *,
        body: (
            UpdateRoamingCustomTariffFilterRequest
            | UpdateRoamingCustomTariffFilterRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RoamingCustomTariffFilter:
        """Roaming Operators / Custom Tariff Filters / Update

        Update an existing custom tariff filter

        Args:
            roaming_operator: The ID of the roaming operator
            custom_tariff_filter: The ID of the custom tariff filter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/roaming-operators/v2.0/{roamingOperator}/custom-tariff-filters/{customTariffFilter}`` (operationId ``updateRoamingCustomTariffFilter``)
        """
        from ..models.roaming_custom_tariff_filter import RoamingCustomTariffFilter
        from ..models.update_roaming_custom_tariff_filter_request import (
            UpdateRoamingCustomTariffFilterRequest,
        )

        return await self._client._request(
            OPERATIONS["updateRoamingCustomTariffFilter"],
            RoamingCustomTariffFilter,
            path={
                "roamingOperator": roaming_operator,
                "customTariffFilter": custom_tariff_filter,
            },
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=UpdateRoamingCustomTariffFilterRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class RoamingOperatorsResourceWithRawResponse:
    """``client.with_raw_response.roaming_operators`` of the sync client: each call returns an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: RoamingOperatorsResource) -> None:
        self.create_roaming_custom_tariff_filter = to_raw(
            resource.create_roaming_custom_tariff_filter
        )
        self.delete_roaming_custom_tariff_filter = to_raw(
            resource.delete_roaming_custom_tariff_filter
        )
        self.get_roaming_custom_tariff_filter = to_raw(
            resource.get_roaming_custom_tariff_filter
        )
        self.list_roaming_custom_tariff_filters = to_raw_listing(
            resource.list_roaming_custom_tariff_filters
        )
        self.listing = to_raw_listing(resource.listing)
        self.read = to_raw(resource.read)
        self.reorder_roaming_custom_tariff_filters = to_raw(
            resource.reorder_roaming_custom_tariff_filters
        )
        self.update = to_raw(resource.update)
        self.update_custom_tariff_filter_tariff = to_raw(
            resource.update_custom_tariff_filter_tariff
        )
        self.update_roaming_custom_tariff_filter = to_raw(
            resource.update_roaming_custom_tariff_filter
        )


class AsyncRoamingOperatorsResourceWithRawResponse:
    """``client.with_raw_response.roaming_operators`` of the async client: each call gives an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: AsyncRoamingOperatorsResource) -> None:
        self.create_roaming_custom_tariff_filter = to_async_raw(
            resource.create_roaming_custom_tariff_filter
        )
        self.delete_roaming_custom_tariff_filter = to_async_raw(
            resource.delete_roaming_custom_tariff_filter
        )
        self.get_roaming_custom_tariff_filter = to_async_raw(
            resource.get_roaming_custom_tariff_filter
        )
        self.list_roaming_custom_tariff_filters = to_async_raw_listing(
            resource.list_roaming_custom_tariff_filters
        )
        self.listing = to_async_raw_listing(resource.listing)
        self.read = to_async_raw(resource.read)
        self.reorder_roaming_custom_tariff_filters = to_async_raw(
            resource.reorder_roaming_custom_tariff_filters
        )
        self.update = to_async_raw(resource.update)
        self.update_custom_tariff_filter_tariff = to_async_raw(
            resource.update_custom_tariff_filter_tariff
        )
        self.update_roaming_custom_tariff_filter = to_async_raw(
            resource.update_roaming_custom_tariff_filter
        )


class RoamingOperatorsResourceWithStreamingResponse:
    """``client.with_streaming_response.roaming_operators`` of the sync client: each call returns a manager: ``with`` it for the unread response."""

    def __init__(self, resource: RoamingOperatorsResource) -> None:
        self.create_roaming_custom_tariff_filter = to_streamed(
            resource.create_roaming_custom_tariff_filter
        )
        self.delete_roaming_custom_tariff_filter = to_streamed(
            resource.delete_roaming_custom_tariff_filter
        )
        self.get_roaming_custom_tariff_filter = to_streamed(
            resource.get_roaming_custom_tariff_filter
        )
        self.list_roaming_custom_tariff_filters = to_streamed_listing(
            resource.list_roaming_custom_tariff_filters
        )
        self.listing = to_streamed_listing(resource.listing)
        self.read = to_streamed(resource.read)
        self.reorder_roaming_custom_tariff_filters = to_streamed(
            resource.reorder_roaming_custom_tariff_filters
        )
        self.update = to_streamed(resource.update)
        self.update_custom_tariff_filter_tariff = to_streamed(
            resource.update_custom_tariff_filter_tariff
        )
        self.update_roaming_custom_tariff_filter = to_streamed(
            resource.update_roaming_custom_tariff_filter
        )


class AsyncRoamingOperatorsResourceWithStreamingResponse:
    """``client.with_streaming_response.roaming_operators`` of the async client: each call returns a manager: ``async with`` it for the unread response."""

    def __init__(self, resource: AsyncRoamingOperatorsResource) -> None:
        self.create_roaming_custom_tariff_filter = to_async_streamed(
            resource.create_roaming_custom_tariff_filter
        )
        self.delete_roaming_custom_tariff_filter = to_async_streamed(
            resource.delete_roaming_custom_tariff_filter
        )
        self.get_roaming_custom_tariff_filter = to_async_streamed(
            resource.get_roaming_custom_tariff_filter
        )
        self.list_roaming_custom_tariff_filters = to_async_streamed_listing(
            resource.list_roaming_custom_tariff_filters
        )
        self.listing = to_async_streamed_listing(resource.listing)
        self.read = to_async_streamed(resource.read)
        self.reorder_roaming_custom_tariff_filters = to_async_streamed(
            resource.reorder_roaming_custom_tariff_filters
        )
        self.update = to_async_streamed(resource.update)
        self.update_custom_tariff_filter_tariff = to_async_streamed(
            resource.update_custom_tariff_filter_tariff
        )
        self.update_roaming_custom_tariff_filter = to_async_streamed(
            resource.update_roaming_custom_tariff_filter
        )
