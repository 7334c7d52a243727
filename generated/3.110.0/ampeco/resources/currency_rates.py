"""Operations of ``client.currency_rates`` (resource / currency rates)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._operations import OPERATIONS
from .._runtime.pagination import AsyncPager, SyncPager
from .._runtime.types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    import httpx

    from .._runtime.client import AsyncClient, SyncClient
    from ..models.create_currency_rate_request import CreateCurrencyRateRequest
    from ..models.currency_rate import CurrencyRate
    from ..models.list_currency_rates_filter import ListCurrencyRatesFilter
    from ..models.update_currency_rate_request import UpdateCurrencyRateRequest

__all__ = ["AsyncCurrencyRatesResource", "CurrencyRatesResource"]


class CurrencyRatesResource:
    """Synchronous operations of resource / currency rates."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create_currency_rate(
        self,
        *,
        body: CreateCurrencyRateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CurrencyRate:
        """Currency Rate / Create

        Create new Currency Rate

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/currency-rates/v1.0`` (operationId ``createCurrencyRate``)
        """
        from ..models.currency_rate import CurrencyRate

        return self._client._request(
            OPERATIONS["createCurrencyRate"],
            CurrencyRate,
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    def delete_currency_rate(
        self,
        currency_rate: int,
        *,
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
        )

    def get_currency_rate(
        self,
        currency_rate: int,
        *,
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
        )

    def list_currency_rates(
        self,
        *,
        filter: ListCurrencyRatesFilter | Mapping[str, Any] | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
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

        return self._client._paginate(
            OPERATIONS["listCurrencyRates"],
            CurrencyRate,
            query={"filter": filter, "per_page": per_page, "cursor": cursor},
            timeout=timeout,
        )

    def update_currency_rate(
        self,
        currency_rate: int,
        *,
        body: UpdateCurrencyRateRequest | Mapping[str, Any],
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

        return self._client._request(
            OPERATIONS["updateCurrencyRate"],
            CurrencyRate,
            path={"currencyRate": currency_rate},
            body=body,
            unwrap="data",
            timeout=timeout,
        )


class AsyncCurrencyRatesResource:
    """Asynchronous operations of resource / currency rates."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create_currency_rate(
        self,
        *,
        body: CreateCurrencyRateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> CurrencyRate:
        """Currency Rate / Create

        Create new Currency Rate

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/currency-rates/v1.0`` (operationId ``createCurrencyRate``)
        """
        from ..models.currency_rate import CurrencyRate

        return await self._client._request(
            OPERATIONS["createCurrencyRate"],
            CurrencyRate,
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    async def delete_currency_rate(
        self,
        currency_rate: int,
        *,
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
        )

    async def get_currency_rate(
        self,
        currency_rate: int,
        *,
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
        )

    def list_currency_rates(
        self,
        *,
        filter: ListCurrencyRatesFilter | Mapping[str, Any] | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
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

        return self._client._paginate(
            OPERATIONS["listCurrencyRates"],
            CurrencyRate,
            query={"filter": filter, "per_page": per_page, "cursor": cursor},
            timeout=timeout,
        )

    async def update_currency_rate(
        self,
        currency_rate: int,
        *,
        body: UpdateCurrencyRateRequest | Mapping[str, Any],
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

        return await self._client._request(
            OPERATIONS["updateCurrencyRate"],
            CurrencyRate,
            path={"currencyRate": currency_rate},
            body=body,
            unwrap="data",
            timeout=timeout,
        )
