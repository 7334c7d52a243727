"""Operations of ``client.cdrs`` (resource / cdrs)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
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
    from ..models.cdr import Cdr
    from ..models.cdr_read_include_item import CdrReadIncludeItem
    from ..models.cdrs_listing_filter import CdrsListingFilter
    from ..params import CdrReadIncludeItemLiteral, CdrsListingFilterParam

__all__ = [
    "AsyncCdrsResource",
    "AsyncCdrsResourceWithRawResponse",
    "AsyncCdrsResourceWithStreamingResponse",
    "CdrsResource",
    "CdrsResourceWithRawResponse",
    "CdrsResourceWithStreamingResponse",
]


class CdrsResource:
    """Synchronous operations of resource / cdrs."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def listing(
        self,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
        filter: CdrsListingFilter | CdrsListingFilterParam | None = None,
        include: Sequence[CdrReadIncludeItem | CdrReadIncludeItemLiteral] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[Cdr]:
        """CDRs / Listing

        Get all CDRs

        Args:
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.
            include: Include additional information in the response. The following options are available:<br> - `externalAppData`: Include external application data in the response

        ``GET /public-api/resources/cdrs/v2.0`` (operationId ``cdrsListing``)
        """
        from ..models.cdr import Cdr
        from ..models.cdrs_listing_filter import CdrsListingFilter

        return self._client._paginate(
            OPERATIONS["cdrsListing"],
            Cdr,
            query={
                "per_page": per_page,
                "cursor": cursor,
                "filter": filter,
                "include": include,
            },
            timeout=timeout,
            query_types={"filter": CdrsListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def read(
        self,
        cdr: int,
        *,
        include: Sequence[CdrReadIncludeItem | CdrReadIncludeItemLiteral] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Cdr:
        """CDR / Read

        Get a CDR

        Args:
            cdr: the cdr path parameter
            include: Include additional information in the response. The following options are available:<br> - `externalAppData`: Include external application data in the response

        ``GET /public-api/resources/cdrs/v2.0/{cdr}`` (operationId ``cdrRead``)
        """
        from ..models.cdr import Cdr

        return self._client._request(
            OPERATIONS["cdrRead"],
            Cdr,
            path={"cdr": cdr},
            query={"include": include},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncCdrsResource:
    """Asynchronous operations of resource / cdrs."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    def listing(
        self,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
        filter: CdrsListingFilter | CdrsListingFilterParam | None = None,
        include: Sequence[CdrReadIncludeItem | CdrReadIncludeItemLiteral] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[Cdr]:
        """CDRs / Listing

        Get all CDRs

        Args:
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.
            include: Include additional information in the response. The following options are available:<br> - `externalAppData`: Include external application data in the response

        ``GET /public-api/resources/cdrs/v2.0`` (operationId ``cdrsListing``)
        """
        from ..models.cdr import Cdr
        from ..models.cdrs_listing_filter import CdrsListingFilter

        return self._client._paginate(
            OPERATIONS["cdrsListing"],
            Cdr,
            query={
                "per_page": per_page,
                "cursor": cursor,
                "filter": filter,
                "include": include,
            },
            timeout=timeout,
            query_types={"filter": CdrsListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def read(
        self,
        cdr: int,
        *,
        include: Sequence[CdrReadIncludeItem | CdrReadIncludeItemLiteral] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Cdr:
        """CDR / Read

        Get a CDR

        Args:
            cdr: the cdr path parameter
            include: Include additional information in the response. The following options are available:<br> - `externalAppData`: Include external application data in the response

        ``GET /public-api/resources/cdrs/v2.0/{cdr}`` (operationId ``cdrRead``)
        """
        from ..models.cdr import Cdr

        return await self._client._request(
            OPERATIONS["cdrRead"],
            Cdr,
            path={"cdr": cdr},
            query={"include": include},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class CdrsResourceWithRawResponse:
    """``client.with_raw_response.cdrs`` of the sync client: each call returns an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: CdrsResource) -> None:
        self.listing = to_raw_listing(resource.listing)
        self.read = to_raw(resource.read)


class AsyncCdrsResourceWithRawResponse:
    """``client.with_raw_response.cdrs`` of the async client: each call gives an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: AsyncCdrsResource) -> None:
        self.listing = to_async_raw_listing(resource.listing)
        self.read = to_async_raw(resource.read)


class CdrsResourceWithStreamingResponse:
    """``client.with_streaming_response.cdrs`` of the sync client: each call returns a manager: ``with`` it for the unread response."""

    def __init__(self, resource: CdrsResource) -> None:
        self.listing = to_streamed_listing(resource.listing)
        self.read = to_streamed(resource.read)


class AsyncCdrsResourceWithStreamingResponse:
    """``client.with_streaming_response.cdrs`` of the async client: each call returns a manager: ``async with`` it for the unread response."""

    def __init__(self, resource: AsyncCdrsResource) -> None:
        self.listing = to_async_streamed_listing(resource.listing)
        self.read = to_async_streamed(resource.read)
