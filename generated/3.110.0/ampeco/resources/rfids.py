"""Operations of ``client.rfids`` (resource / rfids)."""

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
    from ..models.rfid_tag import RfidTag
    from ..models.rfid_tag_create_deprecated_request import (
        RfidTagCreateDeprecatedRequest,
    )
    from ..models.rfid_tags_listing_deprecated_filter import (
        RfidTagsListingDeprecatedFilter,
    )
    from ..params import (
        RfidTagCreateDeprecatedRequestParam,
        RfidTagsListingDeprecatedFilterParam,
    )

__all__ = [
    "AsyncRfidsResource",
    "AsyncRfidsResourceWithRawResponse",
    "AsyncRfidsResourceWithStreamingResponse",
    "RfidsResource",
    "RfidsResourceWithRawResponse",
    "RfidsResourceWithStreamingResponse",
]


class RfidsResource:
    """Synchronous operations of resource / rfids."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def tag_create_deprecated(
        self,
        *,
        body: RfidTagCreateDeprecatedRequest | RfidTagCreateDeprecatedRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RfidTag:
        """RFID Tag / Create

        Create new RFID Tag

        Deprecated.

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/rfid-tags/v1.0`` (operationId ``rfidTagCreateDeprecated``)
        """
        from ..models.rfid_tag import RfidTag
        from ..models.rfid_tag_create_deprecated_request import (
            RfidTagCreateDeprecatedRequest,
        )

        return self._client._request(
            OPERATIONS["rfidTagCreateDeprecated"],
            RfidTag,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=RfidTagCreateDeprecatedRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def tag_delete_deprecated(
        self,
        rfid_tag: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """RFID Tag / Delete

        Delete a RFID Tag

        Deprecated.

        Args:
            rfid_tag: the rfidTag path parameter

        ``DELETE /public-api/resources/rfid-tags/v1.0/{rfidTag}`` (operationId ``rfidTagDeleteDeprecated``)
        """
        return self._client._request(
            OPERATIONS["rfidTagDeleteDeprecated"],
            None,
            path={"rfidTag": rfid_tag},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def tag_read_deprecated(
        self,
        rfid_tag: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RfidTag:
        """RFID Tag / Read

        Get a RFID Tag

        Deprecated.

        Args:
            rfid_tag: the rfidTag path parameter

        ``GET /public-api/resources/rfid-tags/v1.0/{rfidTag}`` (operationId ``rfidTagReadDeprecated``)
        """
        from ..models.rfid_tag import RfidTag

        return self._client._request(
            OPERATIONS["rfidTagReadDeprecated"],
            RfidTag,
            path={"rfidTag": rfid_tag},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def tag_update_deprecated(
        self,
        rfid_tag: int,
        *,
        body: RfidTagCreateDeprecatedRequest | RfidTagCreateDeprecatedRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RfidTag:
        """RFID Tag / Update

        Update a RFID Tag

        Deprecated.

        Args:
            rfid_tag: the rfidTag path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/rfid-tags/v1.0/{rfidTag}`` (operationId ``rfidTagUpdateDeprecated``)
        """
        from ..models.rfid_tag import RfidTag
        from ..models.rfid_tag_create_deprecated_request import (
            RfidTagCreateDeprecatedRequest,
        )

        return self._client._request(
            OPERATIONS["rfidTagUpdateDeprecated"],
            RfidTag,
            path={"rfidTag": rfid_tag},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=RfidTagCreateDeprecatedRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def tags_listing_deprecated(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
        filter: (
            RfidTagsListingDeprecatedFilter
            | RfidTagsListingDeprecatedFilterParam
            | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[RfidTag]:
        """RFID Tags / Listing

        Get all rfid tags

        Deprecated.

        Args:
            page: The page number to fetch (defaults to 1). Not used in cursor pagination.
            per_page: The numbers of items to return. Used in both page and cursor pagination to declare the page size.
            cursor: The cursor to fetch the next page. Set it to empty in order to engage the cursor pagination that has more performance but requires you to get each pages response before you can move on to the next page. for example `?cursor`

        ``GET /public-api/resources/rfid-tags/v1.0`` (operationId ``rfidTagsListingDeprecated``)
        """
        from ..models.rfid_tag import RfidTag
        from ..models.rfid_tags_listing_deprecated_filter import (
            RfidTagsListingDeprecatedFilter,
        )

        return self._client._paginate(
            OPERATIONS["rfidTagsListingDeprecated"],
            RfidTag,
            query={
                "page": page,
                "per_page": per_page,
                "cursor": cursor,
                "filter": filter,
            },
            timeout=timeout,
            query_types={"filter": RfidTagsListingDeprecatedFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncRfidsResource:
    """Asynchronous operations of resource / rfids."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def tag_create_deprecated(
        self,
        *,
        body: RfidTagCreateDeprecatedRequest | RfidTagCreateDeprecatedRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RfidTag:
        """RFID Tag / Create

        Create new RFID Tag

        Deprecated.

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/rfid-tags/v1.0`` (operationId ``rfidTagCreateDeprecated``)
        """
        from ..models.rfid_tag import RfidTag
        from ..models.rfid_tag_create_deprecated_request import (
            RfidTagCreateDeprecatedRequest,
        )

        return await self._client._request(
            OPERATIONS["rfidTagCreateDeprecated"],
            RfidTag,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=RfidTagCreateDeprecatedRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def tag_delete_deprecated(
        self,
        rfid_tag: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """RFID Tag / Delete

        Delete a RFID Tag

        Deprecated.

        Args:
            rfid_tag: the rfidTag path parameter

        ``DELETE /public-api/resources/rfid-tags/v1.0/{rfidTag}`` (operationId ``rfidTagDeleteDeprecated``)
        """
        return await self._client._request(
            OPERATIONS["rfidTagDeleteDeprecated"],
            None,
            path={"rfidTag": rfid_tag},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def tag_read_deprecated(
        self,
        rfid_tag: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RfidTag:
        """RFID Tag / Read

        Get a RFID Tag

        Deprecated.

        Args:
            rfid_tag: the rfidTag path parameter

        ``GET /public-api/resources/rfid-tags/v1.0/{rfidTag}`` (operationId ``rfidTagReadDeprecated``)
        """
        from ..models.rfid_tag import RfidTag

        return await self._client._request(
            OPERATIONS["rfidTagReadDeprecated"],
            RfidTag,
            path={"rfidTag": rfid_tag},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def tag_update_deprecated(
        self,
        rfid_tag: int,
        *,
        body: RfidTagCreateDeprecatedRequest | RfidTagCreateDeprecatedRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RfidTag:
        """RFID Tag / Update

        Update a RFID Tag

        Deprecated.

        Args:
            rfid_tag: the rfidTag path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/rfid-tags/v1.0/{rfidTag}`` (operationId ``rfidTagUpdateDeprecated``)
        """
        from ..models.rfid_tag import RfidTag
        from ..models.rfid_tag_create_deprecated_request import (
            RfidTagCreateDeprecatedRequest,
        )

        return await self._client._request(
            OPERATIONS["rfidTagUpdateDeprecated"],
            RfidTag,
            path={"rfidTag": rfid_tag},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=RfidTagCreateDeprecatedRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def tags_listing_deprecated(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
        filter: (
            RfidTagsListingDeprecatedFilter
            | RfidTagsListingDeprecatedFilterParam
            | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[RfidTag]:
        """RFID Tags / Listing

        Get all rfid tags

        Deprecated.

        Args:
            page: The page number to fetch (defaults to 1). Not used in cursor pagination.
            per_page: The numbers of items to return. Used in both page and cursor pagination to declare the page size.
            cursor: The cursor to fetch the next page. Set it to empty in order to engage the cursor pagination that has more performance but requires you to get each pages response before you can move on to the next page. for example `?cursor`

        ``GET /public-api/resources/rfid-tags/v1.0`` (operationId ``rfidTagsListingDeprecated``)
        """
        from ..models.rfid_tag import RfidTag
        from ..models.rfid_tags_listing_deprecated_filter import (
            RfidTagsListingDeprecatedFilter,
        )

        return self._client._paginate(
            OPERATIONS["rfidTagsListingDeprecated"],
            RfidTag,
            query={
                "page": page,
                "per_page": per_page,
                "cursor": cursor,
                "filter": filter,
            },
            timeout=timeout,
            query_types={"filter": RfidTagsListingDeprecatedFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class RfidsResourceWithRawResponse:
    """``client.with_raw_response.rfids`` of the sync client: each call returns an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: RfidsResource) -> None:
        self.tag_create_deprecated = to_raw(resource.tag_create_deprecated)
        self.tag_delete_deprecated = to_raw(resource.tag_delete_deprecated)
        self.tag_read_deprecated = to_raw(resource.tag_read_deprecated)
        self.tag_update_deprecated = to_raw(resource.tag_update_deprecated)
        self.tags_listing_deprecated = to_raw_listing(resource.tags_listing_deprecated)


class AsyncRfidsResourceWithRawResponse:
    """``client.with_raw_response.rfids`` of the async client: each call gives an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: AsyncRfidsResource) -> None:
        self.tag_create_deprecated = to_async_raw(resource.tag_create_deprecated)
        self.tag_delete_deprecated = to_async_raw(resource.tag_delete_deprecated)
        self.tag_read_deprecated = to_async_raw(resource.tag_read_deprecated)
        self.tag_update_deprecated = to_async_raw(resource.tag_update_deprecated)
        self.tags_listing_deprecated = to_async_raw_listing(
            resource.tags_listing_deprecated
        )


class RfidsResourceWithStreamingResponse:
    """``client.with_streaming_response.rfids`` of the sync client: each call returns a manager: ``with`` it for the unread response."""

    def __init__(self, resource: RfidsResource) -> None:
        self.tag_create_deprecated = to_streamed(resource.tag_create_deprecated)
        self.tag_delete_deprecated = to_streamed(resource.tag_delete_deprecated)
        self.tag_read_deprecated = to_streamed(resource.tag_read_deprecated)
        self.tag_update_deprecated = to_streamed(resource.tag_update_deprecated)
        self.tags_listing_deprecated = to_streamed_listing(
            resource.tags_listing_deprecated
        )


class AsyncRfidsResourceWithStreamingResponse:
    """``client.with_streaming_response.rfids`` of the async client: each call returns a manager: ``async with`` it for the unread response."""

    def __init__(self, resource: AsyncRfidsResource) -> None:
        self.tag_create_deprecated = to_async_streamed(resource.tag_create_deprecated)
        self.tag_delete_deprecated = to_async_streamed(resource.tag_delete_deprecated)
        self.tag_read_deprecated = to_async_streamed(resource.tag_read_deprecated)
        self.tag_update_deprecated = to_async_streamed(resource.tag_update_deprecated)
        self.tags_listing_deprecated = to_async_streamed_listing(
            resource.tags_listing_deprecated
        )
