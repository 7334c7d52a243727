"""Operations of ``client.consents`` (resource / consents)."""

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
    from ..models.consent import Consent
    from ..models.consents_create_request import ConsentsCreateRequest
    from ..models.consents_listing_filter import ConsentsListingFilter
    from ..params import ConsentsCreateRequestParam, ConsentsListingFilterParam

__all__ = [
    "AsyncConsentsResource",
    "AsyncConsentsResourceWithRawResponse",
    "AsyncConsentsResourceWithStreamingResponse",
    "ConsentsResource",
    "ConsentsResourceWithRawResponse",
    "ConsentsResourceWithStreamingResponse",
]


class ConsentsResource:
    """Synchronous operations of resource / consents."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(
        self,
        *,
        body: ConsentsCreateRequest | ConsentsCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Consent:
        """Consents / Create

        Create user consent for a specific term version. If a consent already exists for the given user and term version combination, the request will fail with a 409 Conflict error.

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/consents/v1.0`` (operationId ``consentsCreate``)
        """
        from ..models.consent import Consent
        from ..models.consents_create_request import ConsentsCreateRequest

        return self._client._request(
            OPERATIONS["consentsCreate"],
            Consent,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=ConsentsCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def listing(
        self,
        *,
        filter: ConsentsListingFilter | ConsentsListingFilterParam | None = None,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[Consent]:
        """Consents / Listing

        Retrieve consent data for users

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/consents/v1.0`` (operationId ``consentsListing``)
        """
        from ..models.consent import Consent
        from ..models.consents_listing_filter import ConsentsListingFilter

        return self._client._paginate(
            OPERATIONS["consentsListing"],
            Consent,
            query={"filter": filter, "page": page, "per_page": per_page},
            timeout=timeout,
            query_types={"filter": ConsentsListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncConsentsResource:
    """Asynchronous operations of resource / consents."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: ConsentsCreateRequest | ConsentsCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Consent:
        """Consents / Create

        Create user consent for a specific term version. If a consent already exists for the given user and term version combination, the request will fail with a 409 Conflict error.

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/consents/v1.0`` (operationId ``consentsCreate``)
        """
        from ..models.consent import Consent
        from ..models.consents_create_request import ConsentsCreateRequest

        return await self._client._request(
            OPERATIONS["consentsCreate"],
            Consent,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=ConsentsCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def listing(
        self,
        *,
        filter: ConsentsListingFilter | ConsentsListingFilterParam | None = None,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[Consent]:
        """Consents / Listing

        Retrieve consent data for users

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/consents/v1.0`` (operationId ``consentsListing``)
        """
        from ..models.consent import Consent
        from ..models.consents_listing_filter import ConsentsListingFilter

        return self._client._paginate(
            OPERATIONS["consentsListing"],
            Consent,
            query={"filter": filter, "page": page, "per_page": per_page},
            timeout=timeout,
            query_types={"filter": ConsentsListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class ConsentsResourceWithRawResponse:
    """``client.with_raw_response.consents`` of the sync client: each call returns an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: ConsentsResource) -> None:
        self.create = to_raw(resource.create)
        self.listing = to_raw_listing(resource.listing)


class AsyncConsentsResourceWithRawResponse:
    """``client.with_raw_response.consents`` of the async client: each call gives an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: AsyncConsentsResource) -> None:
        self.create = to_async_raw(resource.create)
        self.listing = to_async_raw_listing(resource.listing)


class ConsentsResourceWithStreamingResponse:
    """``client.with_streaming_response.consents`` of the sync client: each call returns a manager: ``with`` it for the unread response."""

    def __init__(self, resource: ConsentsResource) -> None:
        self.create = to_streamed(resource.create)
        self.listing = to_streamed_listing(resource.listing)


class AsyncConsentsResourceWithStreamingResponse:
    """``client.with_streaming_response.consents`` of the async client: each call returns a manager: ``async with`` it for the unread response."""

    def __init__(self, resource: AsyncConsentsResource) -> None:
        self.create = to_async_streamed(resource.create)
        self.listing = to_async_streamed_listing(resource.listing)
