"""Operations of ``client.currencies`` (resource / currencies)."""

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
    from ..models.currency import Currency
    from ..models.currency_create_request import CurrencyCreateRequest
    from ..params import CurrencyCreateRequestParam

__all__ = [
    "AsyncCurrenciesResource",
    "AsyncCurrenciesResourceWithRawResponse",
    "AsyncCurrenciesResourceWithStreamingResponse",
    "CurrenciesResource",
    "CurrenciesResourceWithRawResponse",
    "CurrenciesResourceWithStreamingResponse",
]


class CurrenciesResource:
    """Synchronous operations of resource / currencies."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(
        self,
        *,
        body: CurrencyCreateRequest | CurrencyCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Currency:
        """Currency / Create

        Create currency

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/currencies/v2.0`` (operationId ``currencyCreate``)
        """
        from ..models.currency import Currency
        from ..models.currency_create_request import CurrencyCreateRequest

        return self._client._request(
            OPERATIONS["currencyCreate"],
            Currency,
            body=body,
            timeout=timeout,
            body_type=CurrencyCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def delete_deprecated(
        self,
        currency: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Currency / Delete

        Delete a currency

        Deprecated.

        Args:
            currency: the currency path parameter

        ``DELETE /public-api/resources/currencies/v2.0/{currency}`` (operationId ``currencyDeleteDeprecated``)
        """
        return self._client._request(
            OPERATIONS["currencyDeleteDeprecated"],
            None,
            path={"currency": currency},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def listing(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[Currency]:
        """Currencies / Listing

        ``GET /public-api/resources/currencies/v2.0`` (operationId ``currenciesListing``)
        """
        from ..models.currency import Currency

        return self._client._paginate(
            OPERATIONS["currenciesListing"],
            Currency,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def read(
        self,
        currency: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Currency:
        """Currency / Read

        Args:
            currency: the currency path parameter

        ``GET /public-api/resources/currencies/v2.0/{currency}`` (operationId ``currencyRead``)
        """
        from ..models.currency import Currency

        return self._client._request(
            OPERATIONS["currencyRead"],
            Currency,
            path={"currency": currency},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def update(
        self,
        currency: int,
        *,
        body: CurrencyCreateRequest | CurrencyCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Currency:
        """Currency / Update

        Update a currency

        Args:
            currency: the currency path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/currencies/v2.0/{currency}`` (operationId ``currencyUpdate``)
        """
        from ..models.currency import Currency
        from ..models.currency_create_request import CurrencyCreateRequest

        return self._client._request(
            OPERATIONS["currencyUpdate"],
            Currency,
            path={"currency": currency},
            body=body,
            timeout=timeout,
            body_type=CurrencyCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class AsyncCurrenciesResource:
    """Asynchronous operations of resource / currencies."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: CurrencyCreateRequest | CurrencyCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Currency:
        """Currency / Create

        Create currency

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/currencies/v2.0`` (operationId ``currencyCreate``)
        """
        from ..models.currency import Currency
        from ..models.currency_create_request import CurrencyCreateRequest

        return await self._client._request(
            OPERATIONS["currencyCreate"],
            Currency,
            body=body,
            timeout=timeout,
            body_type=CurrencyCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def delete_deprecated(
        self,
        currency: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Currency / Delete

        Delete a currency

        Deprecated.

        Args:
            currency: the currency path parameter

        ``DELETE /public-api/resources/currencies/v2.0/{currency}`` (operationId ``currencyDeleteDeprecated``)
        """
        return await self._client._request(
            OPERATIONS["currencyDeleteDeprecated"],
            None,
            path={"currency": currency},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def listing(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[Currency]:
        """Currencies / Listing

        ``GET /public-api/resources/currencies/v2.0`` (operationId ``currenciesListing``)
        """
        from ..models.currency import Currency

        return self._client._paginate(
            OPERATIONS["currenciesListing"],
            Currency,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def read(
        self,
        currency: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Currency:
        """Currency / Read

        Args:
            currency: the currency path parameter

        ``GET /public-api/resources/currencies/v2.0/{currency}`` (operationId ``currencyRead``)
        """
        from ..models.currency import Currency

        return await self._client._request(
            OPERATIONS["currencyRead"],
            Currency,
            path={"currency": currency},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def update(
        self,
        currency: int,
        *,
        body: CurrencyCreateRequest | CurrencyCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Currency:
        """Currency / Update

        Update a currency

        Args:
            currency: the currency path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/currencies/v2.0/{currency}`` (operationId ``currencyUpdate``)
        """
        from ..models.currency import Currency
        from ..models.currency_create_request import CurrencyCreateRequest

        return await self._client._request(
            OPERATIONS["currencyUpdate"],
            Currency,
            path={"currency": currency},
            body=body,
            timeout=timeout,
            body_type=CurrencyCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class CurrenciesResourceWithRawResponse:
    """``client.with_raw_response.currencies`` of the sync client: each call returns an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: CurrenciesResource) -> None:
        self.create = to_raw(resource.create)
        self.delete_deprecated = to_raw(resource.delete_deprecated)
        self.listing = to_raw_listing(resource.listing)
        self.read = to_raw(resource.read)
        self.update = to_raw(resource.update)


class AsyncCurrenciesResourceWithRawResponse:
    """``client.with_raw_response.currencies`` of the async client: each call gives an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: AsyncCurrenciesResource) -> None:
        self.create = to_async_raw(resource.create)
        self.delete_deprecated = to_async_raw(resource.delete_deprecated)
        self.listing = to_async_raw_listing(resource.listing)
        self.read = to_async_raw(resource.read)
        self.update = to_async_raw(resource.update)


class CurrenciesResourceWithStreamingResponse:
    """``client.with_streaming_response.currencies`` of the sync client: each call returns a manager: ``with`` it for the unread response."""

    def __init__(self, resource: CurrenciesResource) -> None:
        self.create = to_streamed(resource.create)
        self.delete_deprecated = to_streamed(resource.delete_deprecated)
        self.listing = to_streamed_listing(resource.listing)
        self.read = to_streamed(resource.read)
        self.update = to_streamed(resource.update)


class AsyncCurrenciesResourceWithStreamingResponse:
    """``client.with_streaming_response.currencies`` of the async client: each call returns a manager: ``async with`` it for the unread response."""

    def __init__(self, resource: AsyncCurrenciesResource) -> None:
        self.create = to_async_streamed(resource.create)
        self.delete_deprecated = to_async_streamed(resource.delete_deprecated)
        self.listing = to_async_streamed_listing(resource.listing)
        self.read = to_async_streamed(resource.read)
        self.update = to_async_streamed(resource.update)
