"""Operations of ``client.templates`` (resource / templates)."""

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
    from ..models.template import Template

__all__ = [
    "AsyncTemplatesResource",
    "AsyncTemplatesResourceWithRawResponse",
    "AsyncTemplatesResourceWithStreamingResponse",
    "TemplatesResource",
    "TemplatesResourceWithRawResponse",
    "TemplatesResourceWithStreamingResponse",
]


class TemplatesResource:
    """Synchronous operations of resource / templates."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def listing(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[Template]:
        """Templates / Listing

        Get all charge points templates

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/templates/v1.0`` (operationId ``templatesListing``)
        """
        from ..models.template import Template

        return self._client._paginate(
            OPERATIONS["templatesListing"],
            Template,
            query={"page": page, "per_page": per_page},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncTemplatesResource:
    """Asynchronous operations of resource / templates."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    def listing(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[Template]:
        """Templates / Listing

        Get all charge points templates

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/templates/v1.0`` (operationId ``templatesListing``)
        """
        from ..models.template import Template

        return self._client._paginate(
            OPERATIONS["templatesListing"],
            Template,
            query={"page": page, "per_page": per_page},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class TemplatesResourceWithRawResponse:
    """``client.with_raw_response.templates`` of the sync client: each call returns an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: TemplatesResource) -> None:
        self.listing = to_raw_listing(resource.listing)


class AsyncTemplatesResourceWithRawResponse:
    """``client.with_raw_response.templates`` of the async client: each call gives an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: AsyncTemplatesResource) -> None:
        self.listing = to_async_raw_listing(resource.listing)


class TemplatesResourceWithStreamingResponse:
    """``client.with_streaming_response.templates`` of the sync client: each call returns a manager: ``with`` it for the unread response."""

    def __init__(self, resource: TemplatesResource) -> None:
        self.listing = to_streamed_listing(resource.listing)


class AsyncTemplatesResourceWithStreamingResponse:
    """``client.with_streaming_response.templates`` of the async client: each call returns a manager: ``async with`` it for the unread response."""

    def __init__(self, resource: AsyncTemplatesResource) -> None:
        self.listing = to_async_streamed_listing(resource.listing)
