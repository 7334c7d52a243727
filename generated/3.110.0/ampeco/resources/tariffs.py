"""Operations of ``client.tariffs`` (resource / tariffs)."""

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
    from ..models.tariff import Tariff
    from ..models.tariff_create_request import TariffCreateRequest
    from ..models.tariff_group import TariffGroup
    from ..models.tariff_group_create_request import TariffGroupCreateRequest
    from ..models.tariff_groups_listing_filter import TariffGroupsListingFilter
    from ..models.tariff_set_display_information_request import (
        TariffSetDisplayInformationRequest,
    )
    from ..models.tariff_snapshot import TariffSnapshot
    from ..models.tariffs_listing_filter import TariffsListingFilter
    from ..params import (
        TariffCreateRequestParam,
        TariffGroupCreateRequestParam,
        TariffGroupsListingFilterParam,
        TariffSetDisplayInformationRequestParam,
        TariffsListingFilterParam,
    )

__all__ = [
    "AsyncTariffsResource",
    "AsyncTariffsResourceWithRawResponse",
    "AsyncTariffsResourceWithStreamingResponse",
    "TariffsResource",
    "TariffsResourceWithRawResponse",
    "TariffsResourceWithStreamingResponse",
]


class TariffsResource:
    """Synchronous operations of resource / tariffs."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(
        self,
        *,
        body: TariffCreateRequest | TariffCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Tariff:
        """Tariff / Create

        Create new tariff

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/tariffs/v1.0`` (operationId ``tariffCreate``)
        """
        from ..models.tariff import Tariff
        from ..models.tariff_create_request import TariffCreateRequest

        return self._client._request(
            OPERATIONS["tariffCreate"],
            Tariff,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=TariffCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def delete(
        self,
        tariff: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Tariff / Delete

        Delete a tariff

        Args:
            tariff: the tariff path parameter

        ``DELETE /public-api/resources/tariffs/v1.0/{tariff}`` (operationId ``tariffDelete``)
        """
        return self._client._request(
            OPERATIONS["tariffDelete"],
            None,
            path={"tariff": tariff},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def group_create(
        self,
        *,
        body: TariffGroupCreateRequest | TariffGroupCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> TariffGroup:
        """Tariff Group / Create

        Create new tariff group. Please note that createing a new tariff group will also automatically create a free base tariff, as it is not allowed to have empty tariff groups

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/tariff-groups/v1.0`` (operationId ``tariffGroupCreate``)
        """
        from ..models.tariff_group import TariffGroup
        from ..models.tariff_group_create_request import TariffGroupCreateRequest

        return self._client._request(
            OPERATIONS["tariffGroupCreate"],
            TariffGroup,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=TariffGroupCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def group_delete(
        self,
        tariff_group: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Tariff Group / Delete

        Delete a tariff group

        Args:
            tariff_group: the tariffGroup path parameter

        ``DELETE /public-api/resources/tariff-groups/v1.0/{tariffGroup}`` (operationId ``tariffGroupDelete``)
        """
        return self._client._request(
            OPERATIONS["tariffGroupDelete"],
            None,
            path={"tariffGroup": tariff_group},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def group_read(
        self,
        tariff_group: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> TariffGroup:
        """Tariff Group / Read

        Get a tariff group

        Args:
            tariff_group: the tariffGroup path parameter

        ``GET /public-api/resources/tariff-groups/v1.0/{tariffGroup}`` (operationId ``tariffGroupRead``)
        """
        from ..models.tariff_group import TariffGroup

        return self._client._request(
            OPERATIONS["tariffGroupRead"],
            TariffGroup,
            path={"tariffGroup": tariff_group},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def group_update(
        self,
        tariff_group: int,
        *,
        body: TariffGroupCreateRequest | TariffGroupCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> TariffGroup:
        """Tariff Group / Update

        Update a tariff group

        Args:
            tariff_group: the tariffGroup path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PUT /public-api/resources/tariff-groups/v1.0/{tariffGroup}`` (operationId ``tariffGroupUpdate``)
        """
        from ..models.tariff_group import TariffGroup
        from ..models.tariff_group_create_request import TariffGroupCreateRequest

        return self._client._request(
            OPERATIONS["tariffGroupUpdate"],
            TariffGroup,
            path={"tariffGroup": tariff_group},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=TariffGroupCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def groups_listing(
        self,
        *,
        filter: (
            TariffGroupsListingFilter | TariffGroupsListingFilterParam | None
        ) = None,
        page: int | None = None,
        cursor: str | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[TariffGroup]:
        """Tariff Groups / Listing

        Get all tariff groups

        Args:
            page: The page number to fetch (defaults to 1)
            cursor: The cursor to fetch the next page. Set it to empty in order to engage the cursor pagination that has more performance but requires you to get each pages response before you can move on to the next page. for example `?cursor`
            per_page: The numbers of items to return

        ``GET /public-api/resources/tariff-groups/v1.0`` (operationId ``tariffGroupsListing``)
        """
        from ..models.tariff_group import TariffGroup
        from ..models.tariff_groups_listing_filter import TariffGroupsListingFilter

        return self._client._paginate(
            OPERATIONS["tariffGroupsListing"],
            TariffGroup,
            query={
                "filter": filter,
                "page": page,
                "cursor": cursor,
                "per_page": per_page,
            },
            timeout=timeout,
            query_types={"filter": TariffGroupsListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def listing(
        self,
        *,
        filter: TariffsListingFilter | TariffsListingFilterParam | None = None,
        page: int | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[Tariff]:
        """Tariffs / Listing

        Get all tariff. Also you could use the `tariffGroupId` and the `userId` to \"resolve\" the concrete tariff within a group that would be applied to the specified user.

        Args:
            page: The page number to fetch (defaults to 1). Not used in cursor pagination.
            per_page: The numbers of items to return. Used in both page and cursor pagination to declare the page size.
            cursor: The cursor to fetch the next page. Set it to empty in order to engage the cursor pagination that has more performance but requires you to get each pages response before you can move on to the next page. for example `?cursor`

        ``GET /public-api/resources/tariffs/v1.0`` (operationId ``tariffsListing``)
        """
        from ..models.tariff import Tariff
        from ..models.tariffs_listing_filter import TariffsListingFilter

        return self._client._paginate(
            OPERATIONS["tariffsListing"],
            Tariff,
            query={
                "filter": filter,
                "page": page,
                "per_page": per_page,
                "cursor": cursor,
            },
            timeout=timeout,
            query_types={"filter": TariffsListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def read(
        self,
        tariff: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Tariff:
        """Tariff / Read

        Get a tariff

        Args:
            tariff: the tariff path parameter

        ``GET /public-api/resources/tariffs/v1.0/{tariff}`` (operationId ``tariffRead``)
        """
        from ..models.tariff import Tariff

        return self._client._request(
            OPERATIONS["tariffRead"],
            Tariff,
            path={"tariff": tariff},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def set_display_information(
        self,
        tariff: int,
        *,
        body: (
            TariffSetDisplayInformationRequest | TariffSetDisplayInformationRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Tariff / Set Display Information

        Apply a Tariff Display Information to tariff

        Args:
            tariff: The ID of the tariff to which detailed display information should be added.
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/tariffs/v2.0/{tariff}/set-tariff-display-information`` (operationId ``tariffSetDisplayInformation``)
        """
        from ..models.tariff_set_display_information_request import (
            TariffSetDisplayInformationRequest,
        )

        return self._client._request(
            OPERATIONS["tariffSetDisplayInformation"],
            None,
            path={"tariff": tariff},
            body=body,
            timeout=timeout,
            body_type=TariffSetDisplayInformationRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def snapshot_read(
        self,
        tariff_snapshot: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> TariffSnapshot:
        """Tariff Snapshot / Read

        Get a tariff snapshot by id

        Args:
            tariff_snapshot: the tariffSnapshot path parameter

        ``GET /public-api/resources/tariff-snapshots/v1.0/{tariffSnapshot}`` (operationId ``tariffSnapshotRead``)
        """
        from ..models.tariff_snapshot import TariffSnapshot

        return self._client._request(
            OPERATIONS["tariffSnapshotRead"],
            TariffSnapshot,
            path={"tariffSnapshot": tariff_snapshot},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def update(
        self,
        tariff: int,
        *,
        body: TariffCreateRequest | TariffCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Tariff:
        """Tariff / Update

        Update a tariff

        Args:
            tariff: the tariff path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PUT /public-api/resources/tariffs/v1.0/{tariff}`` (operationId ``tariffUpdate``)
        """
        from ..models.tariff import Tariff
        from ..models.tariff_create_request import TariffCreateRequest

        return self._client._request(
            OPERATIONS["tariffUpdate"],
            Tariff,
            path={"tariff": tariff},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=TariffCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class AsyncTariffsResource:
    """Asynchronous operations of resource / tariffs."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: TariffCreateRequest | TariffCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Tariff:
        """Tariff / Create

        Create new tariff

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/tariffs/v1.0`` (operationId ``tariffCreate``)
        """
        from ..models.tariff import Tariff
        from ..models.tariff_create_request import TariffCreateRequest

        return await self._client._request(
            OPERATIONS["tariffCreate"],
            Tariff,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=TariffCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def delete(
        self,
        tariff: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Tariff / Delete

        Delete a tariff

        Args:
            tariff: the tariff path parameter

        ``DELETE /public-api/resources/tariffs/v1.0/{tariff}`` (operationId ``tariffDelete``)
        """
        return await self._client._request(
            OPERATIONS["tariffDelete"],
            None,
            path={"tariff": tariff},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def group_create(
        self,
        *,
        body: TariffGroupCreateRequest | TariffGroupCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> TariffGroup:
        """Tariff Group / Create

        Create new tariff group. Please note that createing a new tariff group will also automatically create a free base tariff, as it is not allowed to have empty tariff groups

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/tariff-groups/v1.0`` (operationId ``tariffGroupCreate``)
        """
        from ..models.tariff_group import TariffGroup
        from ..models.tariff_group_create_request import TariffGroupCreateRequest

        return await self._client._request(
            OPERATIONS["tariffGroupCreate"],
            TariffGroup,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=TariffGroupCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def group_delete(
        self,
        tariff_group: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Tariff Group / Delete

        Delete a tariff group

        Args:
            tariff_group: the tariffGroup path parameter

        ``DELETE /public-api/resources/tariff-groups/v1.0/{tariffGroup}`` (operationId ``tariffGroupDelete``)
        """
        return await self._client._request(
            OPERATIONS["tariffGroupDelete"],
            None,
            path={"tariffGroup": tariff_group},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def group_read(
        self,
        tariff_group: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> TariffGroup:
        """Tariff Group / Read

        Get a tariff group

        Args:
            tariff_group: the tariffGroup path parameter

        ``GET /public-api/resources/tariff-groups/v1.0/{tariffGroup}`` (operationId ``tariffGroupRead``)
        """
        from ..models.tariff_group import TariffGroup

        return await self._client._request(
            OPERATIONS["tariffGroupRead"],
            TariffGroup,
            path={"tariffGroup": tariff_group},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def group_update(
        self,
        tariff_group: int,
        *,
        body: TariffGroupCreateRequest | TariffGroupCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> TariffGroup:
        """Tariff Group / Update

        Update a tariff group

        Args:
            tariff_group: the tariffGroup path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PUT /public-api/resources/tariff-groups/v1.0/{tariffGroup}`` (operationId ``tariffGroupUpdate``)
        """
        from ..models.tariff_group import TariffGroup
        from ..models.tariff_group_create_request import TariffGroupCreateRequest

        return await self._client._request(
            OPERATIONS["tariffGroupUpdate"],
            TariffGroup,
            path={"tariffGroup": tariff_group},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=TariffGroupCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def groups_listing(
        self,
        *,
        filter: (
            TariffGroupsListingFilter | TariffGroupsListingFilterParam | None
        ) = None,
        page: int | None = None,
        cursor: str | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[TariffGroup]:
        """Tariff Groups / Listing

        Get all tariff groups

        Args:
            page: The page number to fetch (defaults to 1)
            cursor: The cursor to fetch the next page. Set it to empty in order to engage the cursor pagination that has more performance but requires you to get each pages response before you can move on to the next page. for example `?cursor`
            per_page: The numbers of items to return

        ``GET /public-api/resources/tariff-groups/v1.0`` (operationId ``tariffGroupsListing``)
        """
        from ..models.tariff_group import TariffGroup
        from ..models.tariff_groups_listing_filter import TariffGroupsListingFilter

        return self._client._paginate(
            OPERATIONS["tariffGroupsListing"],
            TariffGroup,
            query={
                "filter": filter,
                "page": page,
                "cursor": cursor,
                "per_page": per_page,
            },
            timeout=timeout,
            query_types={"filter": TariffGroupsListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def listing(
        self,
        *,
        filter: TariffsListingFilter | TariffsListingFilterParam | None = None,
        page: int | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[Tariff]:
        """Tariffs / Listing

        Get all tariff. Also you could use the `tariffGroupId` and the `userId` to \"resolve\" the concrete tariff within a group that would be applied to the specified user.

        Args:
            page: The page number to fetch (defaults to 1). Not used in cursor pagination.
            per_page: The numbers of items to return. Used in both page and cursor pagination to declare the page size.
            cursor: The cursor to fetch the next page. Set it to empty in order to engage the cursor pagination that has more performance but requires you to get each pages response before you can move on to the next page. for example `?cursor`

        ``GET /public-api/resources/tariffs/v1.0`` (operationId ``tariffsListing``)
        """
        from ..models.tariff import Tariff
        from ..models.tariffs_listing_filter import TariffsListingFilter

        return self._client._paginate(
            OPERATIONS["tariffsListing"],
            Tariff,
            query={
                "filter": filter,
                "page": page,
                "per_page": per_page,
                "cursor": cursor,
            },
            timeout=timeout,
            query_types={"filter": TariffsListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def read(
        self,
        tariff: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Tariff:
        """Tariff / Read

        Get a tariff

        Args:
            tariff: the tariff path parameter

        ``GET /public-api/resources/tariffs/v1.0/{tariff}`` (operationId ``tariffRead``)
        """
        from ..models.tariff import Tariff

        return await self._client._request(
            OPERATIONS["tariffRead"],
            Tariff,
            path={"tariff": tariff},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def set_display_information(
        self,
        tariff: int,
        *,
        body: (
            TariffSetDisplayInformationRequest | TariffSetDisplayInformationRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Tariff / Set Display Information

        Apply a Tariff Display Information to tariff

        Args:
            tariff: The ID of the tariff to which detailed display information should be added.
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/tariffs/v2.0/{tariff}/set-tariff-display-information`` (operationId ``tariffSetDisplayInformation``)
        """
        from ..models.tariff_set_display_information_request import (
            TariffSetDisplayInformationRequest,
        )

        return await self._client._request(
            OPERATIONS["tariffSetDisplayInformation"],
            None,
            path={"tariff": tariff},
            body=body,
            timeout=timeout,
            body_type=TariffSetDisplayInformationRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def snapshot_read(
        self,
        tariff_snapshot: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> TariffSnapshot:
        """Tariff Snapshot / Read

        Get a tariff snapshot by id

        Args:
            tariff_snapshot: the tariffSnapshot path parameter

        ``GET /public-api/resources/tariff-snapshots/v1.0/{tariffSnapshot}`` (operationId ``tariffSnapshotRead``)
        """
        from ..models.tariff_snapshot import TariffSnapshot

        return await self._client._request(
            OPERATIONS["tariffSnapshotRead"],
            TariffSnapshot,
            path={"tariffSnapshot": tariff_snapshot},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def update(
        self,
        tariff: int,
        *,
        body: TariffCreateRequest | TariffCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Tariff:
        """Tariff / Update

        Update a tariff

        Args:
            tariff: the tariff path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PUT /public-api/resources/tariffs/v1.0/{tariff}`` (operationId ``tariffUpdate``)
        """
        from ..models.tariff import Tariff
        from ..models.tariff_create_request import TariffCreateRequest

        return await self._client._request(
            OPERATIONS["tariffUpdate"],
            Tariff,
            path={"tariff": tariff},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=TariffCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class TariffsResourceWithRawResponse:
    """``client.with_raw_response.tariffs`` of the sync client: each call returns an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: TariffsResource) -> None:
        self.create = to_raw(resource.create)
        self.delete = to_raw(resource.delete)
        self.group_create = to_raw(resource.group_create)
        self.group_delete = to_raw(resource.group_delete)
        self.group_read = to_raw(resource.group_read)
        self.group_update = to_raw(resource.group_update)
        self.groups_listing = to_raw_listing(resource.groups_listing)
        self.listing = to_raw_listing(resource.listing)
        self.read = to_raw(resource.read)
        self.set_display_information = to_raw(resource.set_display_information)
        self.snapshot_read = to_raw(resource.snapshot_read)
        self.update = to_raw(resource.update)


class AsyncTariffsResourceWithRawResponse:
    """``client.with_raw_response.tariffs`` of the async client: each call gives an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: AsyncTariffsResource) -> None:
        self.create = to_async_raw(resource.create)
        self.delete = to_async_raw(resource.delete)
        self.group_create = to_async_raw(resource.group_create)
        self.group_delete = to_async_raw(resource.group_delete)
        self.group_read = to_async_raw(resource.group_read)
        self.group_update = to_async_raw(resource.group_update)
        self.groups_listing = to_async_raw_listing(resource.groups_listing)
        self.listing = to_async_raw_listing(resource.listing)
        self.read = to_async_raw(resource.read)
        self.set_display_information = to_async_raw(resource.set_display_information)
        self.snapshot_read = to_async_raw(resource.snapshot_read)
        self.update = to_async_raw(resource.update)


class TariffsResourceWithStreamingResponse:
    """``client.with_streaming_response.tariffs`` of the sync client: each call returns a manager: ``with`` it for the unread response."""

    def __init__(self, resource: TariffsResource) -> None:
        self.create = to_streamed(resource.create)
        self.delete = to_streamed(resource.delete)
        self.group_create = to_streamed(resource.group_create)
        self.group_delete = to_streamed(resource.group_delete)
        self.group_read = to_streamed(resource.group_read)
        self.group_update = to_streamed(resource.group_update)
        self.groups_listing = to_streamed_listing(resource.groups_listing)
        self.listing = to_streamed_listing(resource.listing)
        self.read = to_streamed(resource.read)
        self.set_display_information = to_streamed(resource.set_display_information)
        self.snapshot_read = to_streamed(resource.snapshot_read)
        self.update = to_streamed(resource.update)


class AsyncTariffsResourceWithStreamingResponse:
    """``client.with_streaming_response.tariffs`` of the async client: each call returns a manager: ``async with`` it for the unread response."""

    def __init__(self, resource: AsyncTariffsResource) -> None:
        self.create = to_async_streamed(resource.create)
        self.delete = to_async_streamed(resource.delete)
        self.group_create = to_async_streamed(resource.group_create)
        self.group_delete = to_async_streamed(resource.group_delete)
        self.group_read = to_async_streamed(resource.group_read)
        self.group_update = to_async_streamed(resource.group_update)
        self.groups_listing = to_async_streamed_listing(resource.groups_listing)
        self.listing = to_async_streamed_listing(resource.listing)
        self.read = to_async_streamed(resource.read)
        self.set_display_information = to_async_streamed(
            resource.set_display_information
        )
        self.snapshot_read = to_async_streamed(resource.snapshot_read)
        self.update = to_async_streamed(resource.update)
