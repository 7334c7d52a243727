"""Operations of ``client.authorizations`` (resource / authorizations)."""

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
    from ..models.authorization import Authorization
    from ..models.authorization_deprecated import AuthorizationDeprecated
    from ..models.authorization_read_v21_result import AuthorizationReadV21Result
    from ..models.authorizations_listing_v21_filter import (
        AuthorizationsListingV21Filter,
    )
    from ..params import AuthorizationsListingV21FilterParam

__all__ = [
    "AsyncAuthorizationsResource",
    "AsyncAuthorizationsResourceWithRawResponse",
    "AsyncAuthorizationsResourceWithStreamingResponse",
    "AuthorizationsResource",
    "AuthorizationsResourceWithRawResponse",
    "AuthorizationsResourceWithStreamingResponse",
]


class AuthorizationsResource:
    """Synchronous operations of resource / authorizations."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def listing(
        self,
        *,
        filter: (
            AuthorizationsListingV21Filter | AuthorizationsListingV21FilterParam | None
        ) = None,
        page: int | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[Authorization]:
        """Authorizations / Listing

        **Deprecated:** Use v2.1 endpoint instead. This endpoint does not distinguish between RFID and MAC address (Autocharge) authorizations - both return `id_tag` as the method.


        Deprecated. Use ``client.authorizations.listing_v2_1()`` instead.

        Args:
            page: The page number to fetch (defaults to 1). Not used in cursor pagination.
            per_page: The numbers of items to return. Used in both page and cursor pagination to declare the page size.
            cursor: The cursor to fetch the next page. Set it to empty in order to engage the cursor pagination that has more performance but requires you to get each pages response before you can move on to the next page. for example `?cursor`

        ``GET /public-api/resources/authorizations/v2.0`` (operationId ``authorizationsListing``)
        """
        from ..models.authorization import Authorization
        from ..models.authorizations_listing_v21_filter import (
            AuthorizationsListingV21Filter,
        )

        return self._client._paginate(
            OPERATIONS["authorizationsListing"],
            Authorization,
            query={
                "filter": filter,
                "page": page,
                "per_page": per_page,
                "cursor": cursor,
            },
            timeout=timeout,
            query_types={"filter": AuthorizationsListingV21Filter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def listing_v2_1(
        self,
        *,
        filter: (
            AuthorizationsListingV21Filter | AuthorizationsListingV21FilterParam | None
        ) = None,
        page: int | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[AuthorizationReadV21Result]:
        """Authorizations / Listing

        Get all authorizations

        Args:
            page: The page number to fetch (defaults to 1). Not used in cursor pagination.
            per_page: The numbers of items to return. Used in both page and cursor pagination to declare the page size.
            cursor: The cursor to fetch the next page. Set it to empty in order to engage the cursor pagination that has more performance but requires you to get each pages response before you can move on to the next page. for example `?cursor`

        ``GET /public-api/resources/authorizations/v2.1`` (operationId ``authorizationsListingV2_1``)
        """
        from ..models.authorization_read_v21_result import AuthorizationReadV21Result
        from ..models.authorizations_listing_v21_filter import (
            AuthorizationsListingV21Filter,
        )

        return self._client._paginate(
            OPERATIONS["authorizationsListingV2_1"],
            AuthorizationReadV21Result,
            query={
                "filter": filter,
                "page": page,
                "per_page": per_page,
                "cursor": cursor,
            },
            timeout=timeout,
            query_types={"filter": AuthorizationsListingV21Filter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def read(
        self,
        authorization: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Authorization:
        """Authorization / Read

        **Deprecated:** Use v2.1 endpoint instead. This endpoint does not distinguish between RFID and MAC address (Autocharge) authorizations - both return `id_tag` as the method.


        Deprecated. Use ``client.authorizations.read_v2_1()`` instead.

        Args:
            authorization: The authorization ID to fetch

        ``GET /public-api/resources/authorizations/v2.0/{authorization}`` (operationId ``authorizationRead``)
        """
        from ..models.authorization import Authorization

        return self._client._request(
            OPERATIONS["authorizationRead"],
            Authorization,
            path={"authorization": authorization},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def read_deprecated(
        self,
        authorization: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AuthorizationDeprecated:
        """Authorization / Read

        Deprecated. Use ``client.authorizations.read_v2_1()`` instead.

        Args:
            authorization: The authorization ID to fetch

        ``GET /public-api/resources/authorizations/v1.0/{authorization}`` (operationId ``authorizationReadDeprecated``)
        """
        from ..models.authorization_deprecated import AuthorizationDeprecated

        return self._client._request(
            OPERATIONS["authorizationReadDeprecated"],
            AuthorizationDeprecated,
            path={"authorization": authorization},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def read_v2_1(
        self,
        authorization: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AuthorizationReadV21Result:
        """Authorization / Read

        Args:
            authorization: The authorization ID to fetch

        ``GET /public-api/resources/authorizations/v2.1/{authorization}`` (operationId ``authorizationReadV2_1``)
        """
        from ..models.authorization_read_v21_result import AuthorizationReadV21Result

        return self._client._request(
            OPERATIONS["authorizationReadV2_1"],
            AuthorizationReadV21Result,
            path={"authorization": authorization},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncAuthorizationsResource:
    """Asynchronous operations of resource / authorizations."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    def listing(
        self,
        *,
        filter: (
            AuthorizationsListingV21Filter | AuthorizationsListingV21FilterParam | None
        ) = None,
        page: int | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[Authorization]:
        """Authorizations / Listing

        **Deprecated:** Use v2.1 endpoint instead. This endpoint does not distinguish between RFID and MAC address (Autocharge) authorizations - both return `id_tag` as the method.


        Deprecated. Use ``client.authorizations.listing_v2_1()`` instead.

        Args:
            page: The page number to fetch (defaults to 1). Not used in cursor pagination.
            per_page: The numbers of items to return. Used in both page and cursor pagination to declare the page size.
            cursor: The cursor to fetch the next page. Set it to empty in order to engage the cursor pagination that has more performance but requires you to get each pages response before you can move on to the next page. for example `?cursor`

        ``GET /public-api/resources/authorizations/v2.0`` (operationId ``authorizationsListing``)
        """
        from ..models.authorization import Authorization
        from ..models.authorizations_listing_v21_filter import (
            AuthorizationsListingV21Filter,
        )

        return self._client._paginate(
            OPERATIONS["authorizationsListing"],
            Authorization,
            query={
                "filter": filter,
                "page": page,
                "per_page": per_page,
                "cursor": cursor,
            },
            timeout=timeout,
            query_types={"filter": AuthorizationsListingV21Filter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def listing_v2_1(
        self,
        *,
        filter: (
            AuthorizationsListingV21Filter | AuthorizationsListingV21FilterParam | None
        ) = None,
        page: int | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[AuthorizationReadV21Result]:
        """Authorizations / Listing

        Get all authorizations

        Args:
            page: The page number to fetch (defaults to 1). Not used in cursor pagination.
            per_page: The numbers of items to return. Used in both page and cursor pagination to declare the page size.
            cursor: The cursor to fetch the next page. Set it to empty in order to engage the cursor pagination that has more performance but requires you to get each pages response before you can move on to the next page. for example `?cursor`

        ``GET /public-api/resources/authorizations/v2.1`` (operationId ``authorizationsListingV2_1``)
        """
        from ..models.authorization_read_v21_result import AuthorizationReadV21Result
        from ..models.authorizations_listing_v21_filter import (
            AuthorizationsListingV21Filter,
        )

        return self._client._paginate(
            OPERATIONS["authorizationsListingV2_1"],
            AuthorizationReadV21Result,
            query={
                "filter": filter,
                "page": page,
                "per_page": per_page,
                "cursor": cursor,
            },
            timeout=timeout,
            query_types={"filter": AuthorizationsListingV21Filter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def read(
        self,
        authorization: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Authorization:
        """Authorization / Read

        **Deprecated:** Use v2.1 endpoint instead. This endpoint does not distinguish between RFID and MAC address (Autocharge) authorizations - both return `id_tag` as the method.


        Deprecated. Use ``client.authorizations.read_v2_1()`` instead.

        Args:
            authorization: The authorization ID to fetch

        ``GET /public-api/resources/authorizations/v2.0/{authorization}`` (operationId ``authorizationRead``)
        """
        from ..models.authorization import Authorization

        return await self._client._request(
            OPERATIONS["authorizationRead"],
            Authorization,
            path={"authorization": authorization},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def read_deprecated(
        self,
        authorization: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AuthorizationDeprecated:
        """Authorization / Read

        Deprecated. Use ``client.authorizations.read_v2_1()`` instead.

        Args:
            authorization: The authorization ID to fetch

        ``GET /public-api/resources/authorizations/v1.0/{authorization}`` (operationId ``authorizationReadDeprecated``)
        """
        from ..models.authorization_deprecated import AuthorizationDeprecated

        return await self._client._request(
            OPERATIONS["authorizationReadDeprecated"],
            AuthorizationDeprecated,
            path={"authorization": authorization},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def read_v2_1(
        self,
        authorization: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AuthorizationReadV21Result:
        """Authorization / Read

        Args:
            authorization: The authorization ID to fetch

        ``GET /public-api/resources/authorizations/v2.1/{authorization}`` (operationId ``authorizationReadV2_1``)
        """
        from ..models.authorization_read_v21_result import AuthorizationReadV21Result

        return await self._client._request(
            OPERATIONS["authorizationReadV2_1"],
            AuthorizationReadV21Result,
            path={"authorization": authorization},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AuthorizationsResourceWithRawResponse:
    """``client.with_raw_response.authorizations`` of the sync client: each call returns an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: AuthorizationsResource) -> None:
        self.listing = to_raw_listing(resource.listing)
        self.listing_v2_1 = to_raw_listing(resource.listing_v2_1)
        self.read = to_raw(resource.read)
        self.read_deprecated = to_raw(resource.read_deprecated)
        self.read_v2_1 = to_raw(resource.read_v2_1)


class AsyncAuthorizationsResourceWithRawResponse:
    """``client.with_raw_response.authorizations`` of the async client: each call gives an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: AsyncAuthorizationsResource) -> None:
        self.listing = to_async_raw_listing(resource.listing)
        self.listing_v2_1 = to_async_raw_listing(resource.listing_v2_1)
        self.read = to_async_raw(resource.read)
        self.read_deprecated = to_async_raw(resource.read_deprecated)
        self.read_v2_1 = to_async_raw(resource.read_v2_1)


class AuthorizationsResourceWithStreamingResponse:
    """``client.with_streaming_response.authorizations`` of the sync client: each call returns a manager: ``with`` it for the unread response."""

    def __init__(self, resource: AuthorizationsResource) -> None:
        self.listing = to_streamed_listing(resource.listing)
        self.listing_v2_1 = to_streamed_listing(resource.listing_v2_1)
        self.read = to_streamed(resource.read)
        self.read_deprecated = to_streamed(resource.read_deprecated)
        self.read_v2_1 = to_streamed(resource.read_v2_1)


class AsyncAuthorizationsResourceWithStreamingResponse:
    """``client.with_streaming_response.authorizations`` of the async client: each call returns a manager: ``async with`` it for the unread response."""

    def __init__(self, resource: AsyncAuthorizationsResource) -> None:
        self.listing = to_async_streamed_listing(resource.listing)
        self.listing_v2_1 = to_async_streamed_listing(resource.listing_v2_1)
        self.read = to_async_streamed(resource.read)
        self.read_deprecated = to_async_streamed(resource.read_deprecated)
        self.read_v2_1 = to_async_streamed(resource.read_v2_1)
