"""Operations of ``client.id_tags`` (resource / id tags)."""

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
    from ..models.id_tag import IdTag
    from ..models.id_tag_create_request import IdTagCreateRequest
    from ..models.id_tag_create_result import IdTagCreateResult
    from ..models.id_tag_update_request import IdTagUpdateRequest
    from ..models.id_tags_listing_filter import IdTagsListingFilter
    from ..params import (
        IdTagCreateRequestParam,
        IdTagUpdateRequestParam,
        IdTagsListingFilterParam,
    )

__all__ = [
    "AsyncIdTagsResource",
    "AsyncIdTagsResourceWithRawResponse",
    "AsyncIdTagsResourceWithStreamingResponse",
    "IdTagsResource",
    "IdTagsResourceWithRawResponse",
    "IdTagsResourceWithStreamingResponse",
]


class IdTagsResource:
    """Synchronous operations of resource / id tags."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(
        self,
        *,
        body: IdTagCreateRequest | IdTagCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> IdTagCreateResult:
        """Id Tag / Create

        Create new Id Tag

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/id-tags/v2.0`` (operationId ``idTagCreate``)
        """
        from ..models.id_tag_create_request import IdTagCreateRequest
        from ..models.id_tag_create_result import IdTagCreateResult

        return self._client._request(
            OPERATIONS["idTagCreate"],
            IdTagCreateResult,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=IdTagCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def delete(
        self,
        id_tag: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Id Tag / Delete

        Delete a Id Tag

        Args:
            id_tag: the idTag path parameter

        ``DELETE /public-api/resources/id-tags/v2.0/{idTag}`` (operationId ``idTagDelete``)
        """
        return self._client._request(
            OPERATIONS["idTagDelete"],
            None,
            path={"idTag": id_tag},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def listing(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
        filter: IdTagsListingFilter | IdTagsListingFilterParam | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
        from ..models.id_tags_listing_filter import IdTagsListingFilter

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
            query_types={"filter": IdTagsListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def read(
        self,
        id_tag: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def update(
        self,
        id_tag: int,
        *,
        body: IdTagUpdateRequest | IdTagUpdateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
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
        from ..models.id_tag_update_request import IdTagUpdateRequest

        return self._client._request(
            OPERATIONS["idTagUpdate"],
            IdTagCreateResult,
            path={"idTag": id_tag},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=IdTagUpdateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class AsyncIdTagsResource:
    """Asynchronous operations of resource / id tags."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: IdTagCreateRequest | IdTagCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> IdTagCreateResult:
        """Id Tag / Create

        Create new Id Tag

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/id-tags/v2.0`` (operationId ``idTagCreate``)
        """
        from ..models.id_tag_create_request import IdTagCreateRequest
        from ..models.id_tag_create_result import IdTagCreateResult

        return await self._client._request(
            OPERATIONS["idTagCreate"],
            IdTagCreateResult,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=IdTagCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def delete(
        self,
        id_tag: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Id Tag / Delete

        Delete a Id Tag

        Args:
            id_tag: the idTag path parameter

        ``DELETE /public-api/resources/id-tags/v2.0/{idTag}`` (operationId ``idTagDelete``)
        """
        return await self._client._request(
            OPERATIONS["idTagDelete"],
            None,
            path={"idTag": id_tag},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def listing(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
        filter: IdTagsListingFilter | IdTagsListingFilterParam | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
        from ..models.id_tags_listing_filter import IdTagsListingFilter

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
            query_types={"filter": IdTagsListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def read(
        self,
        id_tag: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def update(
        self,
        id_tag: int,
        *,
        body: IdTagUpdateRequest | IdTagUpdateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
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
        from ..models.id_tag_update_request import IdTagUpdateRequest

        return await self._client._request(
            OPERATIONS["idTagUpdate"],
            IdTagCreateResult,
            path={"idTag": id_tag},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=IdTagUpdateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class IdTagsResourceWithRawResponse:
    """``client.with_raw_response.id_tags`` of the sync client: each call returns an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: IdTagsResource) -> None:
        self.create = to_raw(resource.create)
        self.delete = to_raw(resource.delete)
        self.listing = to_raw_listing(resource.listing)
        self.read = to_raw(resource.read)
        self.update = to_raw(resource.update)


class AsyncIdTagsResourceWithRawResponse:
    """``client.with_raw_response.id_tags`` of the async client: each call gives an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: AsyncIdTagsResource) -> None:
        self.create = to_async_raw(resource.create)
        self.delete = to_async_raw(resource.delete)
        self.listing = to_async_raw_listing(resource.listing)
        self.read = to_async_raw(resource.read)
        self.update = to_async_raw(resource.update)


class IdTagsResourceWithStreamingResponse:
    """``client.with_streaming_response.id_tags`` of the sync client: each call returns a manager: ``with`` it for the unread response."""

    def __init__(self, resource: IdTagsResource) -> None:
        self.create = to_streamed(resource.create)
        self.delete = to_streamed(resource.delete)
        self.listing = to_streamed_listing(resource.listing)
        self.read = to_streamed(resource.read)
        self.update = to_streamed(resource.update)


class AsyncIdTagsResourceWithStreamingResponse:
    """``client.with_streaming_response.id_tags`` of the async client: each call returns a manager: ``async with`` it for the unread response."""

    def __init__(self, resource: AsyncIdTagsResource) -> None:
        self.create = to_async_streamed(resource.create)
        self.delete = to_async_streamed(resource.delete)
        self.listing = to_async_streamed_listing(resource.listing)
        self.read = to_async_streamed(resource.read)
        self.update = to_async_streamed(resource.update)
