"""Operations of ``client.authorizations`` (resource / authorizations)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._operations import OPERATIONS
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

__all__ = ["AsyncAuthorizationsResource", "AuthorizationsResource"]


class AuthorizationsResource:
    """Synchronous operations of resource / authorizations."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def listing(
        self,
        *,
        filter: AuthorizationsListingV21Filter | Mapping[str, Any] | None = None,
        page: int | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
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
        )

    def listing_v2_1(
        self,
        *,
        filter: AuthorizationsListingV21Filter | Mapping[str, Any] | None = None,
        page: int | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
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
        )

    def read(
        self,
        authorization: str,
        *,
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
        )

    def read_deprecated(
        self,
        authorization: str,
        *,
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
        )

    def read_v2_1(
        self,
        authorization: str,
        *,
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
        )


class AsyncAuthorizationsResource:
    """Asynchronous operations of resource / authorizations."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    def listing(
        self,
        *,
        filter: AuthorizationsListingV21Filter | Mapping[str, Any] | None = None,
        page: int | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
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
        )

    def listing_v2_1(
        self,
        *,
        filter: AuthorizationsListingV21Filter | Mapping[str, Any] | None = None,
        page: int | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
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
        )

    async def read(
        self,
        authorization: str,
        *,
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
        )

    async def read_deprecated(
        self,
        authorization: str,
        *,
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
        )

    async def read_v2_1(
        self,
        authorization: str,
        *,
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
        )
