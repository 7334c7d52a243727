"""Operations of ``client.roaming_tariffs`` (resource / roaming tariffs)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._operations import OPERATIONS
from .._runtime.pagination import AsyncPager, SyncPager
from .._runtime.types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    import httpx

    from .._runtime.client import AsyncClient, SyncClient
    from ..models.roaming_tariff import RoamingTariff
    from ..models.roaming_tariff_update_request import RoamingTariffUpdateRequest

__all__ = ["AsyncRoamingTariffsResource", "RoamingTariffsResource"]


class RoamingTariffsResource:
    """Synchronous operations of resource / roaming tariffs."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def listing(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[RoamingTariff]:
        """Roaming Tariffs / Listing

        Get all Roaming Tariffs

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/roaming-tariffs/v2.0`` (operationId ``roamingTariffsListing``)
        """
        from ..models.roaming_tariff import RoamingTariff

        return self._client._paginate(
            OPERATIONS["roamingTariffsListing"],
            RoamingTariff,
            query={"page": page, "per_page": per_page},
            timeout=timeout,
        )

    def read(
        self,
        roaming_tariff: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RoamingTariff:
        """Roaming Tariff / Read

        Get a Roaming Tariff

        Args:
            roaming_tariff: the roamingTariff path parameter

        ``GET /public-api/resources/roaming-tariffs/v2.0/{roamingTariff}`` (operationId ``roamingTariffRead``)
        """
        from ..models.roaming_tariff import RoamingTariff

        return self._client._request(
            OPERATIONS["roamingTariffRead"],
            RoamingTariff,
            path={"roamingTariff": roaming_tariff},
            unwrap="data",
            timeout=timeout,
        )

    def update(
        self,
        roaming_tariff: int,
        *,
        body: RoamingTariffUpdateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RoamingTariff:
        """Roaming Tariff / Update

        Update Roaming Tariff

        Args:
            roaming_tariff: the roamingTariff path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/roaming-tariffs/v2.0/{roamingTariff}`` (operationId ``roamingTariffUpdate``)
        """
        from ..models.roaming_tariff import RoamingTariff

        return self._client._request(
            OPERATIONS["roamingTariffUpdate"],
            RoamingTariff,
            path={"roamingTariff": roaming_tariff},
            body=body,
            unwrap="data",
            timeout=timeout,
        )


class AsyncRoamingTariffsResource:
    """Asynchronous operations of resource / roaming tariffs."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    def listing(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[RoamingTariff]:
        """Roaming Tariffs / Listing

        Get all Roaming Tariffs

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/roaming-tariffs/v2.0`` (operationId ``roamingTariffsListing``)
        """
        from ..models.roaming_tariff import RoamingTariff

        return self._client._paginate(
            OPERATIONS["roamingTariffsListing"],
            RoamingTariff,
            query={"page": page, "per_page": per_page},
            timeout=timeout,
        )

    async def read(
        self,
        roaming_tariff: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RoamingTariff:
        """Roaming Tariff / Read

        Get a Roaming Tariff

        Args:
            roaming_tariff: the roamingTariff path parameter

        ``GET /public-api/resources/roaming-tariffs/v2.0/{roamingTariff}`` (operationId ``roamingTariffRead``)
        """
        from ..models.roaming_tariff import RoamingTariff

        return await self._client._request(
            OPERATIONS["roamingTariffRead"],
            RoamingTariff,
            path={"roamingTariff": roaming_tariff},
            unwrap="data",
            timeout=timeout,
        )

    async def update(
        self,
        roaming_tariff: int,
        *,
        body: RoamingTariffUpdateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> RoamingTariff:
        """Roaming Tariff / Update

        Update Roaming Tariff

        Args:
            roaming_tariff: the roamingTariff path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/roaming-tariffs/v2.0/{roamingTariff}`` (operationId ``roamingTariffUpdate``)
        """
        from ..models.roaming_tariff import RoamingTariff

        return await self._client._request(
            OPERATIONS["roamingTariffUpdate"],
            RoamingTariff,
            path={"roamingTariff": roaming_tariff},
            body=body,
            unwrap="data",
            timeout=timeout,
        )
