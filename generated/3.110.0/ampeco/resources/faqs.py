"""Operations of ``client.faqs`` (resource / faqs)."""

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
    from ..models.faq import Faq
    from ..models.faq_create_request import FaqCreateRequest
    from ..models.faq_update_request import FaqUpdateRequest
    from ..params import FaqCreateRequestParam, FaqUpdateRequestParam

__all__ = [
    "AsyncFaqsResource",
    "AsyncFaqsResourceWithRawResponse",
    "AsyncFaqsResourceWithStreamingResponse",
    "FaqsResource",
    "FaqsResourceWithRawResponse",
    "FaqsResourceWithStreamingResponse",
]


class FaqsResource:
    """Synchronous operations of resource / faqs."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(
        self,
        *,
        body: FaqCreateRequest | FaqCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Faq:
        """FAQ / Create

        Create new FAQ

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/faqs/v2.0`` (operationId ``faqCreate``)
        """
        from ..models.faq import Faq
        from ..models.faq_create_request import FaqCreateRequest

        return self._client._request(
            OPERATIONS["faqCreate"],
            Faq,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=FaqCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def delete(
        self,
        faq: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """FAQ / Delete

        Delete a FAQ

        Args:
            faq: the faq path parameter

        ``DELETE /public-api/resources/faqs/v2.0/{faq}`` (operationId ``faqDelete``)
        """
        return self._client._request(
            OPERATIONS["faqDelete"],
            None,
            path={"faq": faq},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def listing(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[Faq]:
        """FAQs / Listing

        Get all FAQs

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/faqs/v2.0`` (operationId ``faqsListing``)
        """
        from ..models.faq import Faq

        return self._client._paginate(
            OPERATIONS["faqsListing"],
            Faq,
            query={"page": page, "per_page": per_page},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def read(
        self,
        faq: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Faq:
        """FAQ / Read

        Get a FAQ

        Args:
            faq: the faq path parameter

        ``GET /public-api/resources/faqs/v2.0/{faq}`` (operationId ``faqRead``)
        """
        from ..models.faq import Faq

        return self._client._request(
            OPERATIONS["faqRead"],
            Faq,
            path={"faq": faq},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def update(
        self,
        faq: int,
        *,
        body: FaqUpdateRequest | FaqUpdateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Faq:
        """FAQ / Update

        FAQs

        Args:
            faq: the faq path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/faqs/v2.0/{faq}`` (operationId ``faqUpdate``)
        """
        from ..models.faq import Faq
        from ..models.faq_update_request import FaqUpdateRequest

        return self._client._request(
            OPERATIONS["faqUpdate"],
            Faq,
            path={"faq": faq},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=FaqUpdateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class AsyncFaqsResource:
    """Asynchronous operations of resource / faqs."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: FaqCreateRequest | FaqCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Faq:
        """FAQ / Create

        Create new FAQ

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/faqs/v2.0`` (operationId ``faqCreate``)
        """
        from ..models.faq import Faq
        from ..models.faq_create_request import FaqCreateRequest

        return await self._client._request(
            OPERATIONS["faqCreate"],
            Faq,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=FaqCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def delete(
        self,
        faq: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """FAQ / Delete

        Delete a FAQ

        Args:
            faq: the faq path parameter

        ``DELETE /public-api/resources/faqs/v2.0/{faq}`` (operationId ``faqDelete``)
        """
        return await self._client._request(
            OPERATIONS["faqDelete"],
            None,
            path={"faq": faq},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def listing(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[Faq]:
        """FAQs / Listing

        Get all FAQs

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/faqs/v2.0`` (operationId ``faqsListing``)
        """
        from ..models.faq import Faq

        return self._client._paginate(
            OPERATIONS["faqsListing"],
            Faq,
            query={"page": page, "per_page": per_page},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def read(
        self,
        faq: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Faq:
        """FAQ / Read

        Get a FAQ

        Args:
            faq: the faq path parameter

        ``GET /public-api/resources/faqs/v2.0/{faq}`` (operationId ``faqRead``)
        """
        from ..models.faq import Faq

        return await self._client._request(
            OPERATIONS["faqRead"],
            Faq,
            path={"faq": faq},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def update(
        self,
        faq: int,
        *,
        body: FaqUpdateRequest | FaqUpdateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Faq:
        """FAQ / Update

        FAQs

        Args:
            faq: the faq path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/faqs/v2.0/{faq}`` (operationId ``faqUpdate``)
        """
        from ..models.faq import Faq
        from ..models.faq_update_request import FaqUpdateRequest

        return await self._client._request(
            OPERATIONS["faqUpdate"],
            Faq,
            path={"faq": faq},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=FaqUpdateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class FaqsResourceWithRawResponse:
    """``client.with_raw_response.faqs`` of the sync client: each call returns an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: FaqsResource) -> None:
        self.create = to_raw(resource.create)
        self.delete = to_raw(resource.delete)
        self.listing = to_raw_listing(resource.listing)
        self.read = to_raw(resource.read)
        self.update = to_raw(resource.update)


class AsyncFaqsResourceWithRawResponse:
    """``client.with_raw_response.faqs`` of the async client: each call gives an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: AsyncFaqsResource) -> None:
        self.create = to_async_raw(resource.create)
        self.delete = to_async_raw(resource.delete)
        self.listing = to_async_raw_listing(resource.listing)
        self.read = to_async_raw(resource.read)
        self.update = to_async_raw(resource.update)


class FaqsResourceWithStreamingResponse:
    """``client.with_streaming_response.faqs`` of the sync client: each call returns a manager: ``with`` it for the unread response."""

    def __init__(self, resource: FaqsResource) -> None:
        self.create = to_streamed(resource.create)
        self.delete = to_streamed(resource.delete)
        self.listing = to_streamed_listing(resource.listing)
        self.read = to_streamed(resource.read)
        self.update = to_streamed(resource.update)


class AsyncFaqsResourceWithStreamingResponse:
    """``client.with_streaming_response.faqs`` of the async client: each call returns a manager: ``async with`` it for the unread response."""

    def __init__(self, resource: AsyncFaqsResource) -> None:
        self.create = to_async_streamed(resource.create)
        self.delete = to_async_streamed(resource.delete)
        self.listing = to_async_streamed_listing(resource.listing)
        self.read = to_async_streamed(resource.read)
        self.update = to_async_streamed(resource.update)
