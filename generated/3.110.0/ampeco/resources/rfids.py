"""Operations of ``client.rfids`` (resource / rfids)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._operations import OPERATIONS
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

__all__ = ["AsyncRfidsResource", "RfidsResource"]


class RfidsResource:
    """Synchronous operations of resource / rfids."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def tag_create_deprecated(
        self,
        *,
        body: RfidTagCreateDeprecatedRequest | Mapping[str, Any],
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

        return self._client._request(
            OPERATIONS["rfidTagCreateDeprecated"],
            RfidTag,
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    def tag_delete_deprecated(
        self,
        rfid_tag: int,
        *,
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
        )

    def tag_read_deprecated(
        self,
        rfid_tag: int,
        *,
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
        )

    def tag_update_deprecated(
        self,
        rfid_tag: int,
        *,
        body: RfidTagCreateDeprecatedRequest | Mapping[str, Any],
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

        return self._client._request(
            OPERATIONS["rfidTagUpdateDeprecated"],
            RfidTag,
            path={"rfidTag": rfid_tag},
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    def tags_listing_deprecated(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
        filter: RfidTagsListingDeprecatedFilter | Mapping[str, Any] | None = None,
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
        )


class AsyncRfidsResource:
    """Asynchronous operations of resource / rfids."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def tag_create_deprecated(
        self,
        *,
        body: RfidTagCreateDeprecatedRequest | Mapping[str, Any],
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

        return await self._client._request(
            OPERATIONS["rfidTagCreateDeprecated"],
            RfidTag,
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    async def tag_delete_deprecated(
        self,
        rfid_tag: int,
        *,
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
        )

    async def tag_read_deprecated(
        self,
        rfid_tag: int,
        *,
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
        )

    async def tag_update_deprecated(
        self,
        rfid_tag: int,
        *,
        body: RfidTagCreateDeprecatedRequest | Mapping[str, Any],
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

        return await self._client._request(
            OPERATIONS["rfidTagUpdateDeprecated"],
            RfidTag,
            path={"rfidTag": rfid_tag},
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    def tags_listing_deprecated(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
        filter: RfidTagsListingDeprecatedFilter | Mapping[str, Any] | None = None,
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
        )
