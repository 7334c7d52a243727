"""Operations of ``client.flexibility_assets`` (resource / flexibility assets)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._operations import OPERATIONS
from .._runtime.pagination import AsyncPager, SyncPager
from .._runtime.types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    import httpx

    from .._runtime.client import AsyncClient, SyncClient
    from ..models.change_flexibility_asset_status_request import (
        ChangeFlexibilityAssetStatusRequest,
    )
    from ..models.create_flexibility_asset_request import CreateFlexibilityAssetRequest
    from ..models.flexibility_activation_request import FlexibilityActivationRequest
    from ..models.flexibility_asset import FlexibilityAsset
    from ..models.flexibility_asset_create_activation_request_request import (
        FlexibilityAssetCreateActivationRequestRequest,
    )
    from ..models.get_historical_time_series_filter import GetHistoricalTimeSeriesFilter
    from ..models.historical_time_series import HistoricalTimeSeries
    from ..models.list_flexibility_assets_filter import ListFlexibilityAssetsFilter
    from ..models.time_series_forecast import TimeSeriesForecast
    from ..models.update_flexibility_asset_request import UpdateFlexibilityAssetRequest

__all__ = ["AsyncFlexibilityAssetsResource", "FlexibilityAssetsResource"]


class FlexibilityAssetsResource:
    """Synchronous operations of resource / flexibility assets."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def change_flexibility_asset_status(
        self,
        flexibility_asset: str,
        *,
        body: ChangeFlexibilityAssetStatusRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChangeFlexibilityAssetStatusRequest:
        """Flexibility Asset / Change Status

        Change the status of the Flexibility Asset

        Args:
            flexibility_asset: ID of the Flexibility Asset
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/flexibility-asset/v1.0/{flexibilityAsset}/change-status`` (operationId ``changeFlexibilityAssetStatus``)
        """
        from ..models.change_flexibility_asset_status_request import (
            ChangeFlexibilityAssetStatusRequest,
        )

        return self._client._request(
            OPERATIONS["changeFlexibilityAssetStatus"],
            ChangeFlexibilityAssetStatusRequest,
            path={"flexibilityAsset": flexibility_asset},
            body=body,
            timeout=timeout,
        )

    def create_activation_request(
        self,
        flexibility_asset: str,
        *,
        body: FlexibilityAssetCreateActivationRequestRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> FlexibilityActivationRequest:
        """Flexibility Asset / Create Activation Request

        Create Flexibility Activation Request for a specific Asset

        Args:
            flexibility_asset: ID of the Flexibility Asset
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/flexibility-asset/v1.0/{flexibilityAsset}/create-activation-request`` (operationId ``flexibilityAssetCreateActivationRequest``)
        """
        from ..models.flexibility_activation_request import FlexibilityActivationRequest

        return self._client._request(
            OPERATIONS["flexibilityAssetCreateActivationRequest"],
            FlexibilityActivationRequest,
            path={"flexibilityAsset": flexibility_asset},
            body=body,
            timeout=timeout,
        )

    def create_flexibility_asset(
        self,
        *,
        body: CreateFlexibilityAssetRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> FlexibilityAsset:
        """Flexibility Assets / Create

        Create new flexibility asset

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/flexibility-assets/v1.0`` (operationId ``createFlexibilityAsset``)
        """
        from ..models.flexibility_asset import FlexibilityAsset

        return self._client._request(
            OPERATIONS["createFlexibilityAsset"],
            FlexibilityAsset,
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    def delete_flexibility_asset(
        self,
        flexibility_asset: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Flexibility Assets / Delete

        Delete a flexibility asset

        Args:
            flexibility_asset: ID of the Flexibility Asset

        ``DELETE /public-api/resources/flexibility-assets/v1.0/{flexibilityAsset}`` (operationId ``deleteFlexibilityAsset``)
        """
        return self._client._request(
            OPERATIONS["deleteFlexibilityAsset"],
            None,
            path={"flexibilityAsset": flexibility_asset},
            timeout=timeout,
        )

    def get_flexibility_asset(
        self,
        flexibility_asset: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> FlexibilityAsset:
        """Flexibility Assets / Read

        Get a flexibility asset

        Args:
            flexibility_asset: ID of the Flexibility Asset

        ``GET /public-api/resources/flexibility-assets/v1.0/{flexibilityAsset}`` (operationId ``getFlexibilityAsset``)
        """
        from ..models.flexibility_asset import FlexibilityAsset

        return self._client._request(
            OPERATIONS["getFlexibilityAsset"],
            FlexibilityAsset,
            path={"flexibilityAsset": flexibility_asset},
            unwrap="data",
            timeout=timeout,
        )

    def get_historical_time_series(
        self,
        flexibility_asset: int,
        *,
        filter: GetHistoricalTimeSeriesFilter | Mapping[str, Any] | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[HistoricalTimeSeries]:
        """Flexibility Assets / Historical Time Series

        Get Historical Time Series for a Flexibility Asset

        Args:
            flexibility_asset: ID of the Flexibility Asset
            filter: Filters for the time range (startTime and endTime)
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.

        ``GET /public-api/resources/flexibility-assets/v1.0/{flexibilityAsset}/historical-time-series`` (operationId ``getHistoricalTimeSeries``)
        """
        from ..models.historical_time_series import HistoricalTimeSeries

        return self._client._paginate(
            OPERATIONS["getHistoricalTimeSeries"],
            HistoricalTimeSeries,
            path={"flexibilityAsset": flexibility_asset},
            query={"filter": filter, "per_page": per_page, "cursor": cursor},
            timeout=timeout,
        )

    def get_time_series_forecast(
        self,
        flexibility_asset: int,
        *,
        filter: GetHistoricalTimeSeriesFilter | Mapping[str, Any] | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[TimeSeriesForecast]:
        """Flexibility Assets / Time Series Forecast

        Get Time Series Forecast for a Flexibility Asset

        Args:
            flexibility_asset: ID of the Flexibility Asset
            filter: Filters for the time range (startTime and endTime)
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.

        ``GET /public-api/resources/flexibility-assets/v1.0/{flexibilityAsset}/time-series-forecast`` (operationId ``getTimeSeriesForecast``)
        """
        from ..models.time_series_forecast import TimeSeriesForecast

        return self._client._paginate(
            OPERATIONS["getTimeSeriesForecast"],
            TimeSeriesForecast,
            path={"flexibilityAsset": flexibility_asset},
            query={"filter": filter, "per_page": per_page, "cursor": cursor},
            timeout=timeout,
        )

    def list_flexibility_assets(
        self,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
        filter: ListFlexibilityAssetsFilter | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[FlexibilityAsset]:
        """Flexibility Assets / Listing

        Get a list of Flexibility Assets

        Args:
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.
            filter: Filters for the time range (updatedSince)

        ``GET /public-api/resources/flexibility-assets/v1.0`` (operationId ``listFlexibilityAssets``)
        """
        from ..models.flexibility_asset import FlexibilityAsset

        return self._client._paginate(
            OPERATIONS["listFlexibilityAssets"],
            FlexibilityAsset,
            query={"per_page": per_page, "cursor": cursor, "filter": filter},
            timeout=timeout,
        )

    def update_flexibility_asset(
        self,
        flexibility_asset: int,
        *,
        body: UpdateFlexibilityAssetRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> FlexibilityAsset:
        """Flexibility Assets / Update

        Update a flexibility asset

        Args:
            flexibility_asset: ID of the Flexibility Asset
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/flexibility-assets/v1.0/{flexibilityAsset}`` (operationId ``updateFlexibilityAsset``)
        """
        from ..models.flexibility_asset import FlexibilityAsset

        return self._client._request(
            OPERATIONS["updateFlexibilityAsset"],
            FlexibilityAsset,
            path={"flexibilityAsset": flexibility_asset},
            body=body,
            unwrap="data",
            timeout=timeout,
        )


class AsyncFlexibilityAssetsResource:
    """Asynchronous operations of resource / flexibility assets."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def change_flexibility_asset_status(
        self,
        flexibility_asset: str,
        *,
        body: ChangeFlexibilityAssetStatusRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChangeFlexibilityAssetStatusRequest:
        """Flexibility Asset / Change Status

        Change the status of the Flexibility Asset

        Args:
            flexibility_asset: ID of the Flexibility Asset
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/flexibility-asset/v1.0/{flexibilityAsset}/change-status`` (operationId ``changeFlexibilityAssetStatus``)
        """
        from ..models.change_flexibility_asset_status_request import (
            ChangeFlexibilityAssetStatusRequest,
        )

        return await self._client._request(
            OPERATIONS["changeFlexibilityAssetStatus"],
            ChangeFlexibilityAssetStatusRequest,
            path={"flexibilityAsset": flexibility_asset},
            body=body,
            timeout=timeout,
        )

    async def create_activation_request(
        self,
        flexibility_asset: str,
        *,
        body: FlexibilityAssetCreateActivationRequestRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> FlexibilityActivationRequest:
        """Flexibility Asset / Create Activation Request

        Create Flexibility Activation Request for a specific Asset

        Args:
            flexibility_asset: ID of the Flexibility Asset
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/flexibility-asset/v1.0/{flexibilityAsset}/create-activation-request`` (operationId ``flexibilityAssetCreateActivationRequest``)
        """
        from ..models.flexibility_activation_request import FlexibilityActivationRequest

        return await self._client._request(
            OPERATIONS["flexibilityAssetCreateActivationRequest"],
            FlexibilityActivationRequest,
            path={"flexibilityAsset": flexibility_asset},
            body=body,
            timeout=timeout,
        )

    async def create_flexibility_asset(
        self,
        *,
        body: CreateFlexibilityAssetRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> FlexibilityAsset:
        """Flexibility Assets / Create

        Create new flexibility asset

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/flexibility-assets/v1.0`` (operationId ``createFlexibilityAsset``)
        """
        from ..models.flexibility_asset import FlexibilityAsset

        return await self._client._request(
            OPERATIONS["createFlexibilityAsset"],
            FlexibilityAsset,
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    async def delete_flexibility_asset(
        self,
        flexibility_asset: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Flexibility Assets / Delete

        Delete a flexibility asset

        Args:
            flexibility_asset: ID of the Flexibility Asset

        ``DELETE /public-api/resources/flexibility-assets/v1.0/{flexibilityAsset}`` (operationId ``deleteFlexibilityAsset``)
        """
        return await self._client._request(
            OPERATIONS["deleteFlexibilityAsset"],
            None,
            path={"flexibilityAsset": flexibility_asset},
            timeout=timeout,
        )

    async def get_flexibility_asset(
        self,
        flexibility_asset: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> FlexibilityAsset:
        """Flexibility Assets / Read

        Get a flexibility asset

        Args:
            flexibility_asset: ID of the Flexibility Asset

        ``GET /public-api/resources/flexibility-assets/v1.0/{flexibilityAsset}`` (operationId ``getFlexibilityAsset``)
        """
        from ..models.flexibility_asset import FlexibilityAsset

        return await self._client._request(
            OPERATIONS["getFlexibilityAsset"],
            FlexibilityAsset,
            path={"flexibilityAsset": flexibility_asset},
            unwrap="data",
            timeout=timeout,
        )

    def get_historical_time_series(
        self,
        flexibility_asset: int,
        *,
        filter: GetHistoricalTimeSeriesFilter | Mapping[str, Any] | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[HistoricalTimeSeries]:
        """Flexibility Assets / Historical Time Series

        Get Historical Time Series for a Flexibility Asset

        Args:
            flexibility_asset: ID of the Flexibility Asset
            filter: Filters for the time range (startTime and endTime)
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.

        ``GET /public-api/resources/flexibility-assets/v1.0/{flexibilityAsset}/historical-time-series`` (operationId ``getHistoricalTimeSeries``)
        """
        from ..models.historical_time_series import HistoricalTimeSeries

        return self._client._paginate(
            OPERATIONS["getHistoricalTimeSeries"],
            HistoricalTimeSeries,
            path={"flexibilityAsset": flexibility_asset},
            query={"filter": filter, "per_page": per_page, "cursor": cursor},
            timeout=timeout,
        )

    def get_time_series_forecast(
        self,
        flexibility_asset: int,
        *,
        filter: GetHistoricalTimeSeriesFilter | Mapping[str, Any] | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[TimeSeriesForecast]:
        """Flexibility Assets / Time Series Forecast

        Get Time Series Forecast for a Flexibility Asset

        Args:
            flexibility_asset: ID of the Flexibility Asset
            filter: Filters for the time range (startTime and endTime)
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.

        ``GET /public-api/resources/flexibility-assets/v1.0/{flexibilityAsset}/time-series-forecast`` (operationId ``getTimeSeriesForecast``)
        """
        from ..models.time_series_forecast import TimeSeriesForecast

        return self._client._paginate(
            OPERATIONS["getTimeSeriesForecast"],
            TimeSeriesForecast,
            path={"flexibilityAsset": flexibility_asset},
            query={"filter": filter, "per_page": per_page, "cursor": cursor},
            timeout=timeout,
        )

    def list_flexibility_assets(
        self,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
        filter: ListFlexibilityAssetsFilter | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[FlexibilityAsset]:
        """Flexibility Assets / Listing

        Get a list of Flexibility Assets

        Args:
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.
            filter: Filters for the time range (updatedSince)

        ``GET /public-api/resources/flexibility-assets/v1.0`` (operationId ``listFlexibilityAssets``)
        """
        from ..models.flexibility_asset import FlexibilityAsset

        return self._client._paginate(
            OPERATIONS["listFlexibilityAssets"],
            FlexibilityAsset,
            query={"per_page": per_page, "cursor": cursor, "filter": filter},
            timeout=timeout,
        )

    async def update_flexibility_asset(
        self,
        flexibility_asset: int,
        *,
        body: UpdateFlexibilityAssetRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> FlexibilityAsset:
        """Flexibility Assets / Update

        Update a flexibility asset

        Args:
            flexibility_asset: ID of the Flexibility Asset
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/flexibility-assets/v1.0/{flexibilityAsset}`` (operationId ``updateFlexibilityAsset``)
        """
        from ..models.flexibility_asset import FlexibilityAsset

        return await self._client._request(
            OPERATIONS["updateFlexibilityAsset"],
            FlexibilityAsset,
            path={"flexibilityAsset": flexibility_asset},
            body=body,
            unwrap="data",
            timeout=timeout,
        )
