"""Operations of ``client.tariffs`` (resource / tariffs)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._operations import OPERATIONS
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

__all__ = ["AsyncTariffsResource", "TariffsResource"]


class TariffsResource:
    """Synchronous operations of resource / tariffs."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(
        self,
        *,
        body: TariffCreateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Tariff:
        """Tariff / Create

        Create new tariff

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/tariffs/v1.0`` (operationId ``tariffCreate``)
        """
        from ..models.tariff import Tariff

        return self._client._request(
            OPERATIONS["tariffCreate"],
            Tariff,
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    def delete(
        self,
        tariff: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Tariff / Delete

        Delete a tariff

        Args:
            tariff: the tariff path parameter

        ``DELETE /public-api/resources/tariffs/v1.0/{tariff}`` (operationId ``tariffDelete``)
        """
        return self._client._request(
            OPERATIONS["tariffDelete"], None, path={"tariff": tariff}, timeout=timeout
        )

    def group_create(
        self,
        *,
        body: TariffGroupCreateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> TariffGroup:
        """Tariff Group / Create

        Create new tariff group. Please note that createing a new tariff group will also automatically create a free base tariff, as it is not allowed to have empty tariff groups

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/tariff-groups/v1.0`` (operationId ``tariffGroupCreate``)
        """
        from ..models.tariff_group import TariffGroup

        return self._client._request(
            OPERATIONS["tariffGroupCreate"],
            TariffGroup,
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    def group_delete(
        self,
        tariff_group: int,
        *,
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
        )

    def group_read(
        self,
        tariff_group: int,
        *,
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
        )

    def group_update(
        self,
        tariff_group: int,
        *,
        body: TariffGroupCreateRequest | Mapping[str, Any],
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

        return self._client._request(
            OPERATIONS["tariffGroupUpdate"],
            TariffGroup,
            path={"tariffGroup": tariff_group},
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    def groups_listing(
        self,
        *,
        filter: TariffGroupsListingFilter | Mapping[str, Any] | None = None,
        page: int | None = None,
        cursor: str | None = None,
        per_page: int | None = None,
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
        )

    def listing(
        self,
        *,
        filter: TariffsListingFilter | Mapping[str, Any] | None = None,
        page: int | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
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
        )

    def read(
        self,
        tariff: int,
        *,
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
        )

    def set_display_information(
        self,
        tariff: int,
        *,
        body: TariffSetDisplayInformationRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Tariff / Set Display Information

        Apply a Tariff Display Information to tariff

        Args:
            tariff: The ID of the tariff to which detailed display information should be added.
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/tariffs/v2.0/{tariff}/set-tariff-display-information`` (operationId ``tariffSetDisplayInformation``)
        """
        return self._client._request(
            OPERATIONS["tariffSetDisplayInformation"],
            None,
            path={"tariff": tariff},
            body=body,
            timeout=timeout,
        )

    def snapshot_read(
        self,
        tariff_snapshot: int,
        *,
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
        )

    def update(
        self,
        tariff: int,
        *,
        body: TariffCreateRequest | Mapping[str, Any],
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

        return self._client._request(
            OPERATIONS["tariffUpdate"],
            Tariff,
            path={"tariff": tariff},
            body=body,
            unwrap="data",
            timeout=timeout,
        )


class AsyncTariffsResource:
    """Asynchronous operations of resource / tariffs."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: TariffCreateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Tariff:
        """Tariff / Create

        Create new tariff

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/tariffs/v1.0`` (operationId ``tariffCreate``)
        """
        from ..models.tariff import Tariff

        return await self._client._request(
            OPERATIONS["tariffCreate"],
            Tariff,
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    async def delete(
        self,
        tariff: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Tariff / Delete

        Delete a tariff

        Args:
            tariff: the tariff path parameter

        ``DELETE /public-api/resources/tariffs/v1.0/{tariff}`` (operationId ``tariffDelete``)
        """
        return await self._client._request(
            OPERATIONS["tariffDelete"], None, path={"tariff": tariff}, timeout=timeout
        )

    async def group_create(
        self,
        *,
        body: TariffGroupCreateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> TariffGroup:
        """Tariff Group / Create

        Create new tariff group. Please note that createing a new tariff group will also automatically create a free base tariff, as it is not allowed to have empty tariff groups

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/tariff-groups/v1.0`` (operationId ``tariffGroupCreate``)
        """
        from ..models.tariff_group import TariffGroup

        return await self._client._request(
            OPERATIONS["tariffGroupCreate"],
            TariffGroup,
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    async def group_delete(
        self,
        tariff_group: int,
        *,
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
        )

    async def group_read(
        self,
        tariff_group: int,
        *,
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
        )

    async def group_update(
        self,
        tariff_group: int,
        *,
        body: TariffGroupCreateRequest | Mapping[str, Any],
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

        return await self._client._request(
            OPERATIONS["tariffGroupUpdate"],
            TariffGroup,
            path={"tariffGroup": tariff_group},
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    def groups_listing(
        self,
        *,
        filter: TariffGroupsListingFilter | Mapping[str, Any] | None = None,
        page: int | None = None,
        cursor: str | None = None,
        per_page: int | None = None,
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
        )

    def listing(
        self,
        *,
        filter: TariffsListingFilter | Mapping[str, Any] | None = None,
        page: int | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
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
        )

    async def read(
        self,
        tariff: int,
        *,
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
        )

    async def set_display_information(
        self,
        tariff: int,
        *,
        body: TariffSetDisplayInformationRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Tariff / Set Display Information

        Apply a Tariff Display Information to tariff

        Args:
            tariff: The ID of the tariff to which detailed display information should be added.
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/tariffs/v2.0/{tariff}/set-tariff-display-information`` (operationId ``tariffSetDisplayInformation``)
        """
        return await self._client._request(
            OPERATIONS["tariffSetDisplayInformation"],
            None,
            path={"tariff": tariff},
            body=body,
            timeout=timeout,
        )

    async def snapshot_read(
        self,
        tariff_snapshot: int,
        *,
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
        )

    async def update(
        self,
        tariff: int,
        *,
        body: TariffCreateRequest | Mapping[str, Any],
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

        return await self._client._request(
            OPERATIONS["tariffUpdate"],
            Tariff,
            path={"tariff": tariff},
            body=body,
            unwrap="data",
            timeout=timeout,
        )
