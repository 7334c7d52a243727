"""Operations of ``client.taxes`` (resource / taxes)."""

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
    from ..models.tax import Tax
    from ..models.tax_create_request import TaxCreateRequest
    from ..models.tax_update_request import TaxUpdateRequest
    from ..params import TaxCreateRequestParam, TaxUpdateRequestParam

__all__ = [
    "AsyncTaxesResource",
    "AsyncTaxesResourceWithRawResponse",
    "AsyncTaxesResourceWithStreamingResponse",
    "TaxesResource",
    "TaxesResourceWithRawResponse",
    "TaxesResourceWithStreamingResponse",
]


class TaxesResource:
    """Synchronous operations of resource / taxes."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(
        self,
        *,
        body: TaxCreateRequest | TaxCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Tax:
        """Tax / Create

        Create new Tax

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/taxes/v2.0`` (operationId ``taxCreate``)
        """
        from ..models.tax import Tax
        from ..models.tax_create_request import TaxCreateRequest

        return self._client._request(
            OPERATIONS["taxCreate"],
            Tax,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=TaxCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def delete(
        self,
        tax: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Tax / Delete

        Delete a Tax

        Args:
            tax: The ID of the Tax

        ``DELETE /public-api/resources/taxes/v2.0/{tax}`` (operationId ``taxDelete``)
        """
        return self._client._request(
            OPERATIONS["taxDelete"],
            None,
            path={"tax": tax},
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
    ) -> SyncPager[Tax]:
        """Taxes / Listing

        Get all Taxes

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/taxes/v2.0`` (operationId ``taxesListing``)
        """
        from ..models.tax import Tax

        return self._client._paginate(
            OPERATIONS["taxesListing"],
            Tax,
            query={"page": page, "per_page": per_page},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def read(
        self,
        tax: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Tax:
        """Tax / Read

        Get a Tax

        Args:
            tax: The ID of the Tax

        ``GET /public-api/resources/taxes/v2.0/{tax}`` (operationId ``taxRead``)
        """
        from ..models.tax import Tax

        return self._client._request(
            OPERATIONS["taxRead"],
            Tax,
            path={"tax": tax},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def update(
        self,
        tax: int,
        *,
        body: TaxUpdateRequest | TaxUpdateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Tax:
        """Tax / Update

        Taxes

        Args:
            tax: The ID of the Tax
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/taxes/v2.0/{tax}`` (operationId ``taxUpdate``)
        """
        from ..models.tax import Tax
        from ..models.tax_update_request import TaxUpdateRequest

        return self._client._request(
            OPERATIONS["taxUpdate"],
            Tax,
            path={"tax": tax},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=TaxUpdateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class AsyncTaxesResource:
    """Asynchronous operations of resource / taxes."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: TaxCreateRequest | TaxCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Tax:
        """Tax / Create

        Create new Tax

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/taxes/v2.0`` (operationId ``taxCreate``)
        """
        from ..models.tax import Tax
        from ..models.tax_create_request import TaxCreateRequest

        return await self._client._request(
            OPERATIONS["taxCreate"],
            Tax,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=TaxCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def delete(
        self,
        tax: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Tax / Delete

        Delete a Tax

        Args:
            tax: The ID of the Tax

        ``DELETE /public-api/resources/taxes/v2.0/{tax}`` (operationId ``taxDelete``)
        """
        return await self._client._request(
            OPERATIONS["taxDelete"],
            None,
            path={"tax": tax},
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
    ) -> AsyncPager[Tax]:
        """Taxes / Listing

        Get all Taxes

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/taxes/v2.0`` (operationId ``taxesListing``)
        """
        from ..models.tax import Tax

        return self._client._paginate(
            OPERATIONS["taxesListing"],
            Tax,
            query={"page": page, "per_page": per_page},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def read(
        self,
        tax: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Tax:
        """Tax / Read

        Get a Tax

        Args:
            tax: The ID of the Tax

        ``GET /public-api/resources/taxes/v2.0/{tax}`` (operationId ``taxRead``)
        """
        from ..models.tax import Tax

        return await self._client._request(
            OPERATIONS["taxRead"],
            Tax,
            path={"tax": tax},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def update(
        self,
        tax: int,
        *,
        body: TaxUpdateRequest | TaxUpdateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Tax:
        """Tax / Update

        Taxes

        Args:
            tax: The ID of the Tax
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/taxes/v2.0/{tax}`` (operationId ``taxUpdate``)
        """
        from ..models.tax import Tax
        from ..models.tax_update_request import TaxUpdateRequest

        return await self._client._request(
            OPERATIONS["taxUpdate"],
            Tax,
            path={"tax": tax},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=TaxUpdateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class TaxesResourceWithRawResponse:
    """``client.with_raw_response.taxes`` of the sync client: each call returns an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: TaxesResource) -> None:
        self.create = to_raw(resource.create)
        self.delete = to_raw(resource.delete)
        self.listing = to_raw_listing(resource.listing)
        self.read = to_raw(resource.read)
        self.update = to_raw(resource.update)


class AsyncTaxesResourceWithRawResponse:
    """``client.with_raw_response.taxes`` of the async client: each call gives an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: AsyncTaxesResource) -> None:
        self.create = to_async_raw(resource.create)
        self.delete = to_async_raw(resource.delete)
        self.listing = to_async_raw_listing(resource.listing)
        self.read = to_async_raw(resource.read)
        self.update = to_async_raw(resource.update)


class TaxesResourceWithStreamingResponse:
    """``client.with_streaming_response.taxes`` of the sync client: each call returns a manager: ``with`` it for the unread response."""

    def __init__(self, resource: TaxesResource) -> None:
        self.create = to_streamed(resource.create)
        self.delete = to_streamed(resource.delete)
        self.listing = to_streamed_listing(resource.listing)
        self.read = to_streamed(resource.read)
        self.update = to_streamed(resource.update)


class AsyncTaxesResourceWithStreamingResponse:
    """``client.with_streaming_response.taxes`` of the async client: each call returns a manager: ``async with`` it for the unread response."""

    def __init__(self, resource: AsyncTaxesResource) -> None:
        self.create = to_async_streamed(resource.create)
        self.delete = to_async_streamed(resource.delete)
        self.listing = to_async_streamed_listing(resource.listing)
        self.read = to_async_streamed(resource.read)
        self.update = to_async_streamed(resource.update)
