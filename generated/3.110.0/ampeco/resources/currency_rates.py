"""Operations of ``client.currency_rates`` (resource / currency rates)."""

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
    from ..models.create_currency_rate_request import CreateCurrencyRateRequest
    from ..models.currency_rate import CurrencyRate
    from ..models.list_currency_rates_filter import ListCurrencyRatesFilter
    from ..models.update_currency_rate_request import UpdateCurrencyRateRequest
    from ..params import (
        CreateCurrencyRateRequestParam,
        ListCurrencyRatesFilterParam,
        UpdateCurrencyRateRequestParam,
    )

__all__ = [
    "AsyncCurrencyRatesResource",
    "AsyncCurrencyRatesResourceWithRawResponse",
    "AsyncCurrencyRatesResourceWithStreamingResponse",
    "CurrencyRatesResource",
    "CurrencyRatesResourceWithRawResponse",
    "CurrencyRatesResourceWithStreamingResponse",
]


class CurrencyRatesResource:
    """Synchronous operations of resource / currency rates."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create_currency_rate(
        self,
        *,
        body: CreateCurrencyRateRequest | CreateCurrencyRateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CurrencyRate:
        """Currency Rate / Create

        Create new Currency Rate

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/currency-rates/v1.0`` (operationId ``createCurrencyRate``)
        """
        from ..models.create_currency_rate_request import CreateCurrencyRateRequest
        from ..models.currency_rate import CurrencyRate

        return self._client._request(
            OPERATIONS["createCurrencyRate"],
            CurrencyRate,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=CreateCurrencyRateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def delete_currency_rate(
        self,
        currency_rate: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Currency Rate / Delete

        Delete Currency Rate

        Args:
            currency_rate: the currencyRate path parameter

        ``DELETE /public-api/resources/currency-rates/v1.0/{currencyRate}`` (operationId ``deleteCurrencyRate``)
        """
        return self._client._request(
            OPERATIONS["deleteCurrencyRate"],
            None,
            path={"currencyRate": currency_rate},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_currency_rate(
        self,
        currency_rate: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CurrencyRate:
        """Currency Rate / Read

        Get Currency Rate

        Args:
            currency_rate: the currencyRate path parameter

        ``GET /public-api/resources/currency-rates/v1.0/{currencyRate}`` (operationId ``getCurrencyRate``)
        """
        from ..models.currency_rate import CurrencyRate

        return self._client._request(
            OPERATIONS["getCurrencyRate"],
            CurrencyRate,
            path={"currencyRate": currency_rate},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def list_currency_rates(
        self,
        *,
        filter: ListCurrencyRatesFilter | ListCurrencyRatesFilterParam | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[CurrencyRate]:
        """Currency Rate / Listing

        Get all Currency Rates

        Args:
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.

        ``GET /public-api/resources/currency-rates/v1.0`` (operationId ``listCurrencyRates``)
        """
        from ..models.currency_rate import CurrencyRate
        from ..models.list_currency_rates_filter import ListCurrencyRatesFilter

        return self._client._paginate(
            OPERATIONS["listCurrencyRates"],
            CurrencyRate,
            query={"filter": filter, "per_page": per_page, "cursor": cursor},
            timeout=timeout,
            query_types={"filter": ListCurrencyRatesFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def update_currency_rate(
        self,
        currency_rate: int,
        *,
        body: UpdateCurrencyRateRequest | UpdateCurrencyRateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CurrencyRate:
        """Currency Rate / Update

        Update Currency Rate

        Args:
            currency_rate: the currencyRate path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/currency-rates/v1.0/{currencyRate}`` (operationId ``updateCurrencyRate``)
        """
        from ..models.currency_rate import CurrencyRate
        from ..models.update_currency_rate_request import UpdateCurrencyRateRequest

        return self._client._request(
            OPERATIONS["updateCurrencyRate"],
            CurrencyRate,
            path={"currencyRate": currency_rate},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=UpdateCurrencyRateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class AsyncCurrencyRatesResource:
    """Asynchronous operations of resource / currency rates."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create_currency_rate(
        self,
        *,
        body: CreateCurrencyRateRequest | CreateCurrencyRateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CurrencyRate:
        """Currency Rate / Create

        Create new Currency Rate

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/currency-rates/v1.0`` (operationId ``createCurrencyRate``)
        """
        from ..models.create_currency_rate_request import CreateCurrencyRateRequest
        from ..models.currency_rate import CurrencyRate

        return await self._client._request(
            OPERATIONS["createCurrencyRate"],
            CurrencyRate,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=CreateCurrencyRateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def delete_currency_rate(
        self,
        currency_rate: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Currency Rate / Delete

        Delete Currency Rate

        Args:
            currency_rate: the currencyRate path parameter

        ``DELETE /public-api/resources/currency-rates/v1.0/{currencyRate}`` (operationId ``deleteCurrencyRate``)
        """
        return await self._client._request(
            OPERATIONS["deleteCurrencyRate"],
            None,
            path={"currencyRate": currency_rate},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def get_currency_rate(
        self,
        currency_rate: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CurrencyRate:
        """Currency Rate / Read

        Get Currency Rate

        Args:
            currency_rate: the currencyRate path parameter

        ``GET /public-api/resources/currency-rates/v1.0/{currencyRate}`` (operationId ``getCurrencyRate``)
        """
        from ..models.currency_rate import CurrencyRate

        return await self._client._request(
            OPERATIONS["getCurrencyRate"],
            CurrencyRate,
            path={"currencyRate": currency_rate},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def list_currency_rates(
        self,
        *,
        filter: ListCurrencyRatesFilter | ListCurrencyRatesFilterParam | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[CurrencyRate]:
        """Currency Rate / Listing

        Get all Currency Rates

        Args:
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.

        ``GET /public-api/resources/currency-rates/v1.0`` (operationId ``listCurrencyRates``)
        """
        from ..models.currency_rate import CurrencyRate
        from ..models.list_currency_rates_filter import ListCurrencyRatesFilter

        return self._client._paginate(
            OPERATIONS["listCurrencyRates"],
            CurrencyRate,
            query={"filter": filter, "per_page": per_page, "cursor": cursor},
            timeout=timeout,
            query_types={"filter": ListCurrencyRatesFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def update_currency_rate(
        self,
        currency_rate: int,
        *,
        body: UpdateCurrencyRateRequest | UpdateCurrencyRateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CurrencyRate:
        """Currency Rate / Update

        Update Currency Rate

        Args:
            currency_rate: the currencyRate path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/currency-rates/v1.0/{currencyRate}`` (operationId ``updateCurrencyRate``)
        """
        from ..models.currency_rate import CurrencyRate
        from ..models.update_currency_rate_request import UpdateCurrencyRateRequest

        return await self._client._request(
            OPERATIONS["updateCurrencyRate"],
            CurrencyRate,
            path={"currencyRate": currency_rate},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=UpdateCurrencyRateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class CurrencyRatesResourceWithRawResponse:
    """``client.with_raw_response.currency_rates`` of the sync client: each call returns an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: CurrencyRatesResource) -> None:
        self.create_currency_rate = to_raw(resource.create_currency_rate)
        self.delete_currency_rate = to_raw(resource.delete_currency_rate)
        self.get_currency_rate = to_raw(resource.get_currency_rate)
        self.list_currency_rates = to_raw_listing(resource.list_currency_rates)
        self.update_currency_rate = to_raw(resource.update_currency_rate)


class AsyncCurrencyRatesResourceWithRawResponse:
    """``client.with_raw_response.currency_rates`` of the async client: each call gives an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: AsyncCurrencyRatesResource) -> None:
        self.create_currency_rate = to_async_raw(resource.create_currency_rate)
        self.delete_currency_rate = to_async_raw(resource.delete_currency_rate)
        self.get_currency_rate = to_async_raw(resource.get_currency_rate)
        self.list_currency_rates = to_async_raw_listing(resource.list_currency_rates)
        self.update_currency_rate = to_async_raw(resource.update_currency_rate)


class CurrencyRatesResourceWithStreamingResponse:
    """``client.with_streaming_response.currency_rates`` of the sync client: each call returns a manager: ``with`` it for the unread response."""

    def __init__(self, resource: CurrencyRatesResource) -> None:
        self.create_currency_rate = to_streamed(resource.create_currency_rate)
        self.delete_currency_rate = to_streamed(resource.delete_currency_rate)
        self.get_currency_rate = to_streamed(resource.get_currency_rate)
        self.list_currency_rates = to_streamed_listing(resource.list_currency_rates)
        self.update_currency_rate = to_streamed(resource.update_currency_rate)


class AsyncCurrencyRatesResourceWithStreamingResponse:
    """``client.with_streaming_response.currency_rates`` of the async client: each call returns a manager: ``async with`` it for the unread response."""

    def __init__(self, resource: AsyncCurrencyRatesResource) -> None:
        self.create_currency_rate = to_async_streamed(resource.create_currency_rate)
        self.delete_currency_rate = to_async_streamed(resource.delete_currency_rate)
        self.get_currency_rate = to_async_streamed(resource.get_currency_rate)
        self.list_currency_rates = to_async_streamed_listing(
            resource.list_currency_rates
        )
        self.update_currency_rate = to_async_streamed(resource.update_currency_rate)
