"""Operations of ``client.terms_and_policies`` (resource / terms and policies)."""

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
    from ..models.terms_and_policies_listing_filter import TermsAndPoliciesListingFilter
    from ..models.terms_and_policy import TermsAndPolicy
    from ..params import TermsAndPoliciesListingFilterParam

__all__ = [
    "AsyncTermsAndPoliciesResource",
    "AsyncTermsAndPoliciesResourceWithRawResponse",
    "AsyncTermsAndPoliciesResourceWithStreamingResponse",
    "TermsAndPoliciesResource",
    "TermsAndPoliciesResourceWithRawResponse",
    "TermsAndPoliciesResourceWithStreamingResponse",
]


class TermsAndPoliciesResource:
    """Synchronous operations of resource / terms and policies."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def listing(
        self,
        *,
        filter: (
            TermsAndPoliciesListingFilter | TermsAndPoliciesListingFilterParam | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[TermsAndPolicy]:
        """Terms and policies / Listing

        ``GET /public-api/resources/terms-and-policies/v2.0`` (operationId ``termsAndPoliciesListing``)
        """
        from ..models.terms_and_policies_listing_filter import (
            TermsAndPoliciesListingFilter,
        )
        from ..models.terms_and_policy import TermsAndPolicy

        return self._client._paginate(
            OPERATIONS["termsAndPoliciesListing"],
            TermsAndPolicy,
            query={"filter": filter},
            timeout=timeout,
            query_types={"filter": TermsAndPoliciesListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def read(
        self,
        term_version: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> TermsAndPolicy:
        """Terms and policies / Read

        Args:
            term_version: the termVersion path parameter

        ``GET /public-api/resources/terms-and-policies/v2.0/{termVersion}`` (operationId ``termsAndPoliciesRead``)
        """
        from ..models.terms_and_policy import TermsAndPolicy

        return self._client._request(
            OPERATIONS["termsAndPoliciesRead"],
            TermsAndPolicy,
            path={"termVersion": term_version},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncTermsAndPoliciesResource:
    """Asynchronous operations of resource / terms and policies."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    def listing(
        self,
        *,
        filter: (
            TermsAndPoliciesListingFilter | TermsAndPoliciesListingFilterParam | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[TermsAndPolicy]:
        """Terms and policies / Listing

        ``GET /public-api/resources/terms-and-policies/v2.0`` (operationId ``termsAndPoliciesListing``)
        """
        from ..models.terms_and_policies_listing_filter import (
            TermsAndPoliciesListingFilter,
        )
        from ..models.terms_and_policy import TermsAndPolicy

        return self._client._paginate(
            OPERATIONS["termsAndPoliciesListing"],
            TermsAndPolicy,
            query={"filter": filter},
            timeout=timeout,
            query_types={"filter": TermsAndPoliciesListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def read(
        self,
        term_version: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> TermsAndPolicy:
        """Terms and policies / Read

        Args:
            term_version: the termVersion path parameter

        ``GET /public-api/resources/terms-and-policies/v2.0/{termVersion}`` (operationId ``termsAndPoliciesRead``)
        """
        from ..models.terms_and_policy import TermsAndPolicy

        return await self._client._request(
            OPERATIONS["termsAndPoliciesRead"],
            TermsAndPolicy,
            path={"termVersion": term_version},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class TermsAndPoliciesResourceWithRawResponse:
    """``client.with_raw_response.terms_and_policies`` of the sync client: each call returns an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: TermsAndPoliciesResource) -> None:
        self.listing = to_raw_listing(resource.listing)
        self.read = to_raw(resource.read)


class AsyncTermsAndPoliciesResourceWithRawResponse:
    """``client.with_raw_response.terms_and_policies`` of the async client: each call gives an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: AsyncTermsAndPoliciesResource) -> None:
        self.listing = to_async_raw_listing(resource.listing)
        self.read = to_async_raw(resource.read)


class TermsAndPoliciesResourceWithStreamingResponse:
    """``client.with_streaming_response.terms_and_policies`` of the sync client: each call returns a manager: ``with`` it for the unread response."""

    def __init__(self, resource: TermsAndPoliciesResource) -> None:
        self.listing = to_streamed_listing(resource.listing)
        self.read = to_streamed(resource.read)


class AsyncTermsAndPoliciesResourceWithStreamingResponse:
    """``client.with_streaming_response.terms_and_policies`` of the async client: each call returns a manager: ``async with`` it for the unread response."""

    def __init__(self, resource: AsyncTermsAndPoliciesResource) -> None:
        self.listing = to_async_streamed_listing(resource.listing)
        self.read = to_async_streamed(resource.read)
