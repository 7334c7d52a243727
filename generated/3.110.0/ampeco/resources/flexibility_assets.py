"""Operations of ``client.flexibility_assets`` (resource / flexibility assets)."""

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
    from ..params import (
        ChangeFlexibilityAssetStatusRequestParam,
        CreateFlexibilityAssetRequestParam,
        FlexibilityAssetCreateActivationRequestRequestParam,
        GetHistoricalTimeSeriesFilterParam,
        ListFlexibilityAssetsFilterParam,
        UpdateFlexibilityAssetRequestParam,
    )

__all__ = [
    "AsyncFlexibilityAssetsResource",
    "AsyncFlexibilityAssetsResourceWithRawResponse",
    "AsyncFlexibilityAssetsResourceWithStreamingResponse",
    "FlexibilityAssetsResource",
    "FlexibilityAssetsResourceWithRawResponse",
    "FlexibilityAssetsResourceWithStreamingResponse",
]


class FlexibilityAssetsResource:
    """Synchronous operations of resource / flexibility assets."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def change_flexibility_asset_status(
        self,
        flexibility_asset: str,
        *,
        body: (
            ChangeFlexibilityAssetStatusRequest
            | ChangeFlexibilityAssetStatusRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
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
            body_type=ChangeFlexibilityAssetStatusRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def create_activation_request(
        self,
        flexibility_asset: str,
        *,
        body: (
            FlexibilityAssetCreateActivationRequestRequest
            | FlexibilityAssetCreateActivationRequestRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
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
        from ..models.flexibility_asset_create_activation_request_request import (
            FlexibilityAssetCreateActivationRequestRequest,
        )

        return self._client._request(
            OPERATIONS["flexibilityAssetCreateActivationRequest"],
            FlexibilityActivationRequest,
            path={"flexibilityAsset": flexibility_asset},
            body=body,
            timeout=timeout,
            body_type=FlexibilityAssetCreateActivationRequestRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def create_flexibility_asset(
        self,
        *,
        body: CreateFlexibilityAssetRequest | CreateFlexibilityAssetRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> FlexibilityAsset:
        """Flexibility Assets / Create

        Create new flexibility asset

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/flexibility-assets/v1.0`` (operationId ``createFlexibilityAsset``)
        """
        from ..models.create_flexibility_asset_request import (
            CreateFlexibilityAssetRequest,
        )
        from ..models.flexibility_asset import FlexibilityAsset

        return self._client._request(
            OPERATIONS["createFlexibilityAsset"],
            FlexibilityAsset,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=CreateFlexibilityAssetRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def delete_flexibility_asset(
        self,
        flexibility_asset: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_flexibility_asset(
        self,
        flexibility_asset: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_historical_time_series(
        self,
        flexibility_asset: int,
        *,
        filter: (
            GetHistoricalTimeSeriesFilter | GetHistoricalTimeSeriesFilterParam | None
        ) = None,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
        from ..models.get_historical_time_series_filter import (
            GetHistoricalTimeSeriesFilter,
        )
        from ..models.historical_time_series import HistoricalTimeSeries

        return self._client._paginate(
            OPERATIONS["getHistoricalTimeSeries"],
            HistoricalTimeSeries,
            path={"flexibilityAsset": flexibility_asset},
            query={"filter": filter, "per_page": per_page, "cursor": cursor},
            timeout=timeout,
            query_types={"filter": GetHistoricalTimeSeriesFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_time_series_forecast(
        self,
        flexibility_asset: int,
        *,
        filter: (
            GetHistoricalTimeSeriesFilter | GetHistoricalTimeSeriesFilterParam | None
        ) = None,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
        from ..models.get_historical_time_series_filter import (
            GetHistoricalTimeSeriesFilter,
        )
        from ..models.time_series_forecast import TimeSeriesForecast

        return self._client._paginate(
            OPERATIONS["getTimeSeriesForecast"],
            TimeSeriesForecast,
            path={"flexibilityAsset": flexibility_asset},
            query={"filter": filter, "per_page": per_page, "cursor": cursor},
            timeout=timeout,
            query_types={"filter": GetHistoricalTimeSeriesFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def list_flexibility_assets(
        self,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
        filter: (
            ListFlexibilityAssetsFilter | ListFlexibilityAssetsFilterParam | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
        from ..models.list_flexibility_assets_filter import ListFlexibilityAssetsFilter

        return self._client._paginate(
            OPERATIONS["listFlexibilityAssets"],
            FlexibilityAsset,
            query={"per_page": per_page, "cursor": cursor, "filter": filter},
            timeout=timeout,
            query_types={"filter": ListFlexibilityAssetsFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def update_flexibility_asset(
        self,
        flexibility_asset: int,
        *,
        body: UpdateFlexibilityAssetRequest | UpdateFlexibilityAssetRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
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
        from ..models.update_flexibility_asset_request import (
            UpdateFlexibilityAssetRequest,
        )

        return self._client._request(
            OPERATIONS["updateFlexibilityAsset"],
            FlexibilityAsset,
            path={"flexibilityAsset": flexibility_asset},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=UpdateFlexibilityAssetRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class AsyncFlexibilityAssetsResource:
    """Asynchronous operations of resource / flexibility assets."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def change_flexibility_asset_status(
        self,
        flexibility_asset: str,
        *,
        body: (
            ChangeFlexibilityAssetStatusRequest
            | ChangeFlexibilityAssetStatusRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
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
            body_type=ChangeFlexibilityAssetStatusRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def create_activation_request(
        self,
        flexibility_asset: str,
        *,
        body: (
            FlexibilityAssetCreateActivationRequestRequest
            | FlexibilityAssetCreateActivationRequestRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
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
        from ..models.flexibility_asset_create_activation_request_request import (
            FlexibilityAssetCreateActivationRequestRequest,
        )

        return await self._client._request(
            OPERATIONS["flexibilityAssetCreateActivationRequest"],
            FlexibilityActivationRequest,
            path={"flexibilityAsset": flexibility_asset},
            body=body,
            timeout=timeout,
            body_type=FlexibilityAssetCreateActivationRequestRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def create_flexibility_asset(
        self,
        *,
        body: CreateFlexibilityAssetRequest | CreateFlexibilityAssetRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> FlexibilityAsset:
        """Flexibility Assets / Create

        Create new flexibility asset

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/flexibility-assets/v1.0`` (operationId ``createFlexibilityAsset``)
        """
        from ..models.create_flexibility_asset_request import (
            CreateFlexibilityAssetRequest,
        )
        from ..models.flexibility_asset import FlexibilityAsset

        return await self._client._request(
            OPERATIONS["createFlexibilityAsset"],
            FlexibilityAsset,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=CreateFlexibilityAssetRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def delete_flexibility_asset(
        self,
        flexibility_asset: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def get_flexibility_asset(
        self,
        flexibility_asset: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_historical_time_series(
        self,
        flexibility_asset: int,
        *,
        filter: (
            GetHistoricalTimeSeriesFilter | GetHistoricalTimeSeriesFilterParam | None
        ) = None,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
        from ..models.get_historical_time_series_filter import (
            GetHistoricalTimeSeriesFilter,
        )
        from ..models.historical_time_series import HistoricalTimeSeries

        return self._client._paginate(
            OPERATIONS["getHistoricalTimeSeries"],
            HistoricalTimeSeries,
            path={"flexibilityAsset": flexibility_asset},
            query={"filter": filter, "per_page": per_page, "cursor": cursor},
            timeout=timeout,
            query_types={"filter": GetHistoricalTimeSeriesFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_time_series_forecast(
        self,
        flexibility_asset: int,
        *,
        filter: (
            GetHistoricalTimeSeriesFilter | GetHistoricalTimeSeriesFilterParam | None
        ) = None,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
        from ..models.get_historical_time_series_filter import (
            GetHistoricalTimeSeriesFilter,
        )
        from ..models.time_series_forecast import TimeSeriesForecast

        return self._client._paginate(
            OPERATIONS["getTimeSeriesForecast"],
            TimeSeriesForecast,
            path={"flexibilityAsset": flexibility_asset},
            query={"filter": filter, "per_page": per_page, "cursor": cursor},
            timeout=timeout,
            query_types={"filter": GetHistoricalTimeSeriesFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def list_flexibility_assets(
        self,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
        filter: (
            ListFlexibilityAssetsFilter | ListFlexibilityAssetsFilterParam | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
        from ..models.list_flexibility_assets_filter import ListFlexibilityAssetsFilter

        return self._client._paginate(
            OPERATIONS["listFlexibilityAssets"],
            FlexibilityAsset,
            query={"per_page": per_page, "cursor": cursor, "filter": filter},
            timeout=timeout,
            query_types={"filter": ListFlexibilityAssetsFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def update_flexibility_asset(
        self,
        flexibility_asset: int,
        *,
        body: UpdateFlexibilityAssetRequest | UpdateFlexibilityAssetRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
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
        from ..models.update_flexibility_asset_request import (
            UpdateFlexibilityAssetRequest,
        )

        return await self._client._request(
            OPERATIONS["updateFlexibilityAsset"],
            FlexibilityAsset,
            path={"flexibilityAsset": flexibility_asset},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=UpdateFlexibilityAssetRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class FlexibilityAssetsResourceWithRawResponse:
    """``client.with_raw_response.flexibility_assets`` of the sync client: each call returns an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: FlexibilityAssetsResource) -> None:
        self.change_flexibility_asset_status = to_raw(
            resource.change_flexibility_asset_status
        )
        self.create_activation_request = to_raw(resource.create_activation_request)
        self.create_flexibility_asset = to_raw(resource.create_flexibility_asset)
        self.delete_flexibility_asset = to_raw(resource.delete_flexibility_asset)
        self.get_flexibility_asset = to_raw(resource.get_flexibility_asset)
        self.get_historical_time_series = to_raw_listing(
            resource.get_historical_time_series
        )
        self.get_time_series_forecast = to_raw_listing(
            resource.get_time_series_forecast
        )
        self.list_flexibility_assets = to_raw_listing(resource.list_flexibility_assets)
        self.update_flexibility_asset = to_raw(resource.update_flexibility_asset)


class AsyncFlexibilityAssetsResourceWithRawResponse:
    """``client.with_raw_response.flexibility_assets`` of the async client: each call gives an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: AsyncFlexibilityAssetsResource) -> None:
        self.change_flexibility_asset_status = to_async_raw(
            resource.change_flexibility_asset_status
        )
        self.create_activation_request = to_async_raw(
            resource.create_activation_request
        )
        self.create_flexibility_asset = to_async_raw(resource.create_flexibility_asset)
        self.delete_flexibility_asset = to_async_raw(resource.delete_flexibility_asset)
        self.get_flexibility_asset = to_async_raw(resource.get_flexibility_asset)
        self.get_historical_time_series = to_async_raw_listing(
            resource.get_historical_time_series
        )
        self.get_time_series_forecast = to_async_raw_listing(
            resource.get_time_series_forecast
        )
        self.list_flexibility_assets = to_async_raw_listing(
            resource.list_flexibility_assets
        )
        self.update_flexibility_asset = to_async_raw(resource.update_flexibility_asset)


class FlexibilityAssetsResourceWithStreamingResponse:
    """``client.with_streaming_response.flexibility_assets`` of the sync client: each call returns a manager: ``with`` it for the unread response."""

    def __init__(self, resource: FlexibilityAssetsResource) -> None:
        self.change_flexibility_asset_status = to_streamed(
            resource.change_flexibility_asset_status
        )
        self.create_activation_request = to_streamed(resource.create_activation_request)
        self.create_flexibility_asset = to_streamed(resource.create_flexibility_asset)
        self.delete_flexibility_asset = to_streamed(resource.delete_flexibility_asset)
        self.get_flexibility_asset = to_streamed(resource.get_flexibility_asset)
        self.get_historical_time_series = to_streamed_listing(
            resource.get_historical_time_series
        )
        self.get_time_series_forecast = to_streamed_listing(
            resource.get_time_series_forecast
        )
        self.list_flexibility_assets = to_streamed_listing(
            resource.list_flexibility_assets
        )
        self.update_flexibility_asset = to_streamed(resource.update_flexibility_asset)


class AsyncFlexibilityAssetsResourceWithStreamingResponse:
    """``client.with_streaming_response.flexibility_assets`` of the async client: each call returns a manager: ``async with`` it for the unread response."""

    def __init__(self, resource: AsyncFlexibilityAssetsResource) -> None:
        self.change_flexibility_asset_status = to_async_streamed(
            resource.change_flexibility_asset_status
        )
        self.create_activation_request = to_async_streamed(
            resource.create_activation_request
        )
        self.create_flexibility_asset = to_async_streamed(
            resource.create_flexibility_asset
        )
        self.delete_flexibility_asset = to_async_streamed(
            resource.delete_flexibility_asset
        )
        self.get_flexibility_asset = to_async_streamed(resource.get_flexibility_asset)
        self.get_historical_time_series = to_async_streamed_listing(
            resource.get_historical_time_series
        )
        self.get_time_series_forecast = to_async_streamed_listing(
            resource.get_time_series_forecast
        )
        self.list_flexibility_assets = to_async_streamed_listing(
            resource.list_flexibility_assets
        )
        self.update_flexibility_asset = to_async_streamed(
            resource.update_flexibility_asset
        )
