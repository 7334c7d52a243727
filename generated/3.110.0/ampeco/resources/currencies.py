"""Operations of ``client.currencies`` (resource / currencies)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._operations import OPERATIONS
from .._runtime.pagination import AsyncPager, SyncPager
from .._runtime.types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    import httpx

    from .._runtime.client import AsyncClient, SyncClient
    from ..models.currency import Currency
    from ..models.currency_create_request import CurrencyCreateRequest

__all__ = ["AsyncCurrenciesResource", "CurrenciesResource"]


class CurrenciesResource:
    """Synchronous operations of resource / currencies."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(
        self,
        *,
        body: CurrencyCreateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Currency:
        """Currency / Create

        Create currency

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/currencies/v2.0`` (operationId ``currencyCreate``)
        """
        from ..models.currency import Currency

        return self._client._request(
            OPERATIONS["currencyCreate"], Currency, body=body, timeout=timeout
        )

    def delete_deprecated(
        self,
        currency: int,
        *,
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
        )

    def listing(
        self, *, timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN
    ) -> SyncPager[Currency]:
        """Currencies / Listing

        ``GET /public-api/resources/currencies/v2.0`` (operationId ``currenciesListing``)
        """
        from ..models.currency import Currency

        return self._client._paginate(
            OPERATIONS["currenciesListing"], Currency, timeout=timeout
        )

    def read(
        self,
        currency: int,
        *,
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
        )

    def update(
        self,
        currency: int,
        *,
        body: CurrencyCreateRequest | Mapping[str, Any],
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

        return self._client._request(
            OPERATIONS["currencyUpdate"],
            Currency,
            path={"currency": currency},
            body=body,
            timeout=timeout,
        )


class AsyncCurrenciesResource:
    """Asynchronous operations of resource / currencies."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: CurrencyCreateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Currency:
        """Currency / Create

        Create currency

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/currencies/v2.0`` (operationId ``currencyCreate``)
        """
        from ..models.currency import Currency

        return await self._client._request(
            OPERATIONS["currencyCreate"], Currency, body=body, timeout=timeout
        )

    async def delete_deprecated(
        self,
        currency: int,
        *,
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
        )

    def listing(
        self, *, timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN
    ) -> AsyncPager[Currency]:
        """Currencies / Listing

        ``GET /public-api/resources/currencies/v2.0`` (operationId ``currenciesListing``)
        """
        from ..models.currency import Currency

        return self._client._paginate(
            OPERATIONS["currenciesListing"], Currency, timeout=timeout
        )

    async def read(
        self,
        currency: int,
        *,
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
        )

    async def update(
        self,
        currency: int,
        *,
        body: CurrencyCreateRequest | Mapping[str, Any],
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

        return await self._client._request(
            OPERATIONS["currencyUpdate"],
            Currency,
            path={"currency": currency},
            body=body,
            timeout=timeout,
        )
