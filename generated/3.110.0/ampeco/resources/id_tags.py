"""Operations of ``client.id_tags`` (resource / id tags)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._operations import OPERATIONS
from .._runtime.pagination import AsyncPager, SyncPager
from .._runtime.types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    import httpx

    from .._runtime.client import AsyncClient, SyncClient
    from ..models.id_tag import IdTag
    from ..models.id_tag_create_request import IdTagCreateRequest
    from ..models.id_tag_create_result import IdTagCreateResult
    from ..models.id_tag_update_request import IdTagUpdateRequest
    from ..models.id_tags_listing_filter import IdTagsListingFilter

__all__ = ["AsyncIdTagsResource", "IdTagsResource"]


class IdTagsResource:
    """Synchronous operations of resource / id tags."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(
        self,
        *,
        body: IdTagCreateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> IdTagCreateResult:
        """Id Tag / Create

        Create new Id Tag

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/id-tags/v2.0`` (operationId ``idTagCreate``)
        """
        from ..models.id_tag_create_result import IdTagCreateResult

        return self._client._request(
            OPERATIONS["idTagCreate"],
            IdTagCreateResult,
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    def delete(
        self,
        id_tag: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Id Tag / Delete

        Delete a Id Tag

        Args:
            id_tag: the idTag path parameter

        ``DELETE /public-api/resources/id-tags/v2.0/{idTag}`` (operationId ``idTagDelete``)
        """
        return self._client._request(
            OPERATIONS["idTagDelete"], None, path={"idTag": id_tag}, timeout=timeout
        )

    def listing(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
        filter: IdTagsListingFilter | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[IdTag]:
        """Id Tags / Listing

        Get all id tags

        Args:
            page: The page number to fetch (defaults to 1). Not used in cursor pagination.
            per_page: The numbers of items to return. Used in both page and cursor pagination to declare the page size.
            cursor: The cursor to fetch the next page. Set it to empty in order to engage the cursor pagination that has more performance but requires you to get each pages response before you can move on to the next page. for example `?cursor`

        ``GET /public-api/resources/id-tags/v2.0`` (operationId ``idTagsListing``)
        """
        from ..models.id_tag import IdTag

        return self._client._paginate(
            OPERATIONS["idTagsListing"],
            IdTag,
            query={
                "page": page,
                "per_page": per_page,
                "cursor": cursor,
                "filter": filter,
            },
            timeout=timeout,
        )

    def read(
        self,
        id_tag: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> IdTag:
        """Id Tag / Read

        Get a Id Tag

        Args:
            id_tag: the idTag path parameter

        ``GET /public-api/resources/id-tags/v2.0/{idTag}`` (operationId ``idTagRead``)
        """
        from ..models.id_tag import IdTag

        return self._client._request(
            OPERATIONS["idTagRead"],
            IdTag,
            path={"idTag": id_tag},
            unwrap="data",
            timeout=timeout,
        )

    def update(
        self,
        id_tag: int,
        *,
        body: IdTagUpdateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> IdTagCreateResult:
        """Id Tag / Update

        Update a Id Tag

        Args:
            id_tag: the idTag path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/id-tags/v2.0/{idTag}`` (operationId ``idTagUpdate``)
        """
        from ..models.id_tag_create_result import IdTagCreateResult

        return self._client._request(
            OPERATIONS["idTagUpdate"],
            IdTagCreateResult,
            path={"idTag": id_tag},
            body=body,
            unwrap="data",
            timeout=timeout,
        )


class AsyncIdTagsResource:
    """Asynchronous operations of resource / id tags."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: IdTagCreateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> IdTagCreateResult:
        """Id Tag / Create

        Create new Id Tag

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/id-tags/v2.0`` (operationId ``idTagCreate``)
        """
        from ..models.id_tag_create_result import IdTagCreateResult

        return await self._client._request(
            OPERATIONS["idTagCreate"],
            IdTagCreateResult,
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    async def delete(
        self,
        id_tag: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Id Tag / Delete

        Delete a Id Tag

        Args:
            id_tag: the idTag path parameter

        ``DELETE /public-api/resources/id-tags/v2.0/{idTag}`` (operationId ``idTagDelete``)
        """
        return await self._client._request(
            OPERATIONS["idTagDelete"], None, path={"idTag": id_tag}, timeout=timeout
        )

    def listing(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
        filter: IdTagsListingFilter | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[IdTag]:
        """Id Tags / Listing

        Get all id tags

        Args:
            page: The page number to fetch (defaults to 1). Not used in cursor pagination.
            per_page: The numbers of items to return. Used in both page and cursor pagination to declare the page size.
            cursor: The cursor to fetch the next page. Set it to empty in order to engage the cursor pagination that has more performance but requires you to get each pages response before you can move on to the next page. for example `?cursor`

        ``GET /public-api/resources/id-tags/v2.0`` (operationId ``idTagsListing``)
        """
        from ..models.id_tag import IdTag

        return self._client._paginate(
            OPERATIONS["idTagsListing"],
            IdTag,
            query={
                "page": page,
                "per_page": per_page,
                "cursor": cursor,
                "filter": filter,
            },
            timeout=timeout,
        )

    async def read(
        self,
        id_tag: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> IdTag:
        """Id Tag / Read

        Get a Id Tag

        Args:
            id_tag: the idTag path parameter

        ``GET /public-api/resources/id-tags/v2.0/{idTag}`` (operationId ``idTagRead``)
        """
        from ..models.id_tag import IdTag

        return await self._client._request(
            OPERATIONS["idTagRead"],
            IdTag,
            path={"idTag": id_tag},
            unwrap="data",
            timeout=timeout,
        )

    async def update(
        self,
        id_tag: int,
        *,
        body: IdTagUpdateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> IdTagCreateResult:
        """Id Tag / Update

        Update a Id Tag

        Args:
            id_tag: the idTag path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/id-tags/v2.0/{idTag}`` (operationId ``idTagUpdate``)
        """
        from ..models.id_tag_create_result import IdTagCreateResult

        return await self._client._request(
            OPERATIONS["idTagUpdate"],
            IdTagCreateResult,
            path={"idTag": id_tag},
            body=body,
            unwrap="data",
            timeout=timeout,
        )
