"""Operations of ``client.charge_point_models`` (resource / charge point models)."""

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
    from ..models.charge_point_model import ChargePointModel
    from ..models.charge_point_model_create_request import ChargePointModelCreateRequest
    from ..models.charge_point_model_update_request import ChargePointModelUpdateRequest
    from ..models.charge_point_models_listing_filter import (
        ChargePointModelsListingFilter,
    )
    from ..params import (
        ChargePointModelCreateRequestParam,
        ChargePointModelUpdateRequestParam,
        ChargePointModelsListingFilterParam,
    )

__all__ = [
    "AsyncChargePointModelsResource",
    "AsyncChargePointModelsResourceWithRawResponse",
    "AsyncChargePointModelsResourceWithStreamingResponse",
    "ChargePointModelsResource",
    "ChargePointModelsResourceWithRawResponse",
    "ChargePointModelsResourceWithStreamingResponse",
]


class ChargePointModelsResource:
    """Synchronous operations of resource / charge point models."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(
        self,
        *,
        body: ChargePointModelCreateRequest | ChargePointModelCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointModel:
        """Charge Point Model / Create

        Create new Charge Point Model

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/charge-point-models/v1.0`` (operationId ``chargePointModelCreate``)
        """
        from ..models.charge_point_model import ChargePointModel
        from ..models.charge_point_model_create_request import (
            ChargePointModelCreateRequest,
        )

        return self._client._request(
            OPERATIONS["chargePointModelCreate"],
            ChargePointModel,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=ChargePointModelCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def create_deprecated(
        self,
        *,
        body: ChargePointModelCreateRequest | ChargePointModelCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointModel:
        """Charge Point Model / Create

        Create new Charge Point Model

        Deprecated. Use ``client.charge_point_models.create()`` instead.

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/cp-models/v1.0`` (operationId ``chargePointModelCreateDeprecated``)
        """
        from ..models.charge_point_model import ChargePointModel
        from ..models.charge_point_model_create_request import (
            ChargePointModelCreateRequest,
        )

        return self._client._request(
            OPERATIONS["chargePointModelCreateDeprecated"],
            ChargePointModel,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=ChargePointModelCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def delete(
        self,
        model_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Charge Point Model / Delete

        Delete a Charge Point Model

        Args:
            model_id: the modelId path parameter

        ``DELETE /public-api/resources/charge-point-models/v1.0/{modelId}`` (operationId ``chargePointModelDelete``)
        """
        return self._client._request(
            OPERATIONS["chargePointModelDelete"],
            None,
            path={"modelId": model_id},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def delete_deprecated(
        self,
        model_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Charge Point Model / Delete

        Delete a Charge Point Model

        Deprecated. Use ``client.charge_point_models.delete()`` instead.

        Args:
            model_id: the modelId path parameter

        ``DELETE /public-api/resources/cp-models/v1.0/{modelId}`` (operationId ``chargePointModelDeleteDeprecated``)
        """
        return self._client._request(
            OPERATIONS["chargePointModelDeleteDeprecated"],
            None,
            path={"modelId": model_id},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def listing(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        filter: (
            ChargePointModelsListingFilter | ChargePointModelsListingFilterParam | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[ChargePointModel]:
        """Charge Point Models / Listing

        Get all Charge Point Models

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/charge-point-models/v1.0`` (operationId ``chargePointModelsListing``)
        """
        from ..models.charge_point_model import ChargePointModel
        from ..models.charge_point_models_listing_filter import (
            ChargePointModelsListingFilter,
        )

        return self._client._paginate(
            OPERATIONS["chargePointModelsListing"],
            ChargePointModel,
            query={"page": page, "per_page": per_page, "filter": filter},
            timeout=timeout,
            query_types={"filter": ChargePointModelsListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def listing_deprecated(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        filter: (
            ChargePointModelsListingFilter | ChargePointModelsListingFilterParam | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[ChargePointModel]:
        """Charge Point Models / Listing

        Get all Charge Point Models

        Deprecated. Use ``client.charge_point_models.listing()`` instead.

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/cp-models/v1.0`` (operationId ``chargePointModelsListingDeprecated``)
        """
        from ..models.charge_point_model import ChargePointModel
        from ..models.charge_point_models_listing_filter import (
            ChargePointModelsListingFilter,
        )

        return self._client._paginate(
            OPERATIONS["chargePointModelsListingDeprecated"],
            ChargePointModel,
            query={"page": page, "per_page": per_page, "filter": filter},
            timeout=timeout,
            query_types={"filter": ChargePointModelsListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def read(
        self,
        model_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointModel:
        """Charge Point Model / Read

        Get a Charge Point Model

        Args:
            model_id: the modelId path parameter

        ``GET /public-api/resources/charge-point-models/v1.0/{modelId}`` (operationId ``chargePointModelRead``)
        """
        from ..models.charge_point_model import ChargePointModel

        return self._client._request(
            OPERATIONS["chargePointModelRead"],
            ChargePointModel,
            path={"modelId": model_id},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def read_deprecated(
        self,
        model_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointModel:
        """Charge Point Model / Read

        Get a Charge Point Model

        Deprecated. Use ``client.charge_point_models.read()`` instead.

        Args:
            model_id: the modelId path parameter

        ``GET /public-api/resources/cp-models/v1.0/{modelId}`` (operationId ``chargePointModelReadDeprecated``)
        """
        from ..models.charge_point_model import ChargePointModel

        return self._client._request(
            OPERATIONS["chargePointModelReadDeprecated"],
            ChargePointModel,
            path={"modelId": model_id},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def update(
        self,
        model_id: int,
        *,
        body: ChargePointModelUpdateRequest | ChargePointModelUpdateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointModel:
        """Charge Point Model / Update

        Charge Point Model

        Args:
            model_id: the modelId path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/charge-point-models/v1.0/{modelId}`` (operationId ``chargePointModelUpdate``)
        """
        from ..models.charge_point_model import ChargePointModel
        from ..models.charge_point_model_update_request import (
            ChargePointModelUpdateRequest,
        )

        return self._client._request(
            OPERATIONS["chargePointModelUpdate"],
            ChargePointModel,
            path={"modelId": model_id},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=ChargePointModelUpdateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def update_deprecated(
        self,
        model_id: int,
        *,
        body: ChargePointModelUpdateRequest | ChargePointModelUpdateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointModel:
        """Charge Point Model / Update

        Charge Point Model

        Deprecated. Use ``client.charge_point_models.update()`` instead.

        Args:
            model_id: the modelId path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/cp-models/v1.0/{modelId}`` (operationId ``chargePointModelUpdateDeprecated``)
        """
        from ..models.charge_point_model import ChargePointModel
        from ..models.charge_point_model_update_request import (
            ChargePointModelUpdateRequest,
        )

        return self._client._request(
            OPERATIONS["chargePointModelUpdateDeprecated"],
            ChargePointModel,
            path={"modelId": model_id},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=ChargePointModelUpdateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class AsyncChargePointModelsResource:
    """Asynchronous operations of resource / charge point models."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: ChargePointModelCreateRequest | ChargePointModelCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointModel:
        """Charge Point Model / Create

        Create new Charge Point Model

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/charge-point-models/v1.0`` (operationId ``chargePointModelCreate``)
        """
        from ..models.charge_point_model import ChargePointModel
        from ..models.charge_point_model_create_request import (
            ChargePointModelCreateRequest,
        )

        return await self._client._request(
            OPERATIONS["chargePointModelCreate"],
            ChargePointModel,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=ChargePointModelCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def create_deprecated(
        self,
        *,
        body: ChargePointModelCreateRequest | ChargePointModelCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointModel:
        """Charge Point Model / Create

        Create new Charge Point Model

        Deprecated. Use ``client.charge_point_models.create()`` instead.

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/cp-models/v1.0`` (operationId ``chargePointModelCreateDeprecated``)
        """
        from ..models.charge_point_model import ChargePointModel
        from ..models.charge_point_model_create_request import (
            ChargePointModelCreateRequest,
        )

        return await self._client._request(
            OPERATIONS["chargePointModelCreateDeprecated"],
            ChargePointModel,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=ChargePointModelCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def delete(
        self,
        model_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Charge Point Model / Delete

        Delete a Charge Point Model

        Args:
            model_id: the modelId path parameter

        ``DELETE /public-api/resources/charge-point-models/v1.0/{modelId}`` (operationId ``chargePointModelDelete``)
        """
        return await self._client._request(
            OPERATIONS["chargePointModelDelete"],
            None,
            path={"modelId": model_id},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def delete_deprecated(
        self,
        model_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Charge Point Model / Delete

        Delete a Charge Point Model

        Deprecated. Use ``client.charge_point_models.delete()`` instead.

        Args:
            model_id: the modelId path parameter

        ``DELETE /public-api/resources/cp-models/v1.0/{modelId}`` (operationId ``chargePointModelDeleteDeprecated``)
        """
        return await self._client._request(
            OPERATIONS["chargePointModelDeleteDeprecated"],
            None,
            path={"modelId": model_id},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def listing(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        filter: (
            ChargePointModelsListingFilter | ChargePointModelsListingFilterParam | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[ChargePointModel]:
        """Charge Point Models / Listing

        Get all Charge Point Models

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/charge-point-models/v1.0`` (operationId ``chargePointModelsListing``)
        """
        from ..models.charge_point_model import ChargePointModel
        from ..models.charge_point_models_listing_filter import (
            ChargePointModelsListingFilter,
        )

        return self._client._paginate(
            OPERATIONS["chargePointModelsListing"],
            ChargePointModel,
            query={"page": page, "per_page": per_page, "filter": filter},
            timeout=timeout,
            query_types={"filter": ChargePointModelsListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def listing_deprecated(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        filter: (
            ChargePointModelsListingFilter | ChargePointModelsListingFilterParam | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[ChargePointModel]:
        """Charge Point Models / Listing

        Get all Charge Point Models

        Deprecated. Use ``client.charge_point_models.listing()`` instead.

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/cp-models/v1.0`` (operationId ``chargePointModelsListingDeprecated``)
        """
        from ..models.charge_point_model import ChargePointModel
        from ..models.charge_point_models_listing_filter import (
            ChargePointModelsListingFilter,
        )

        return self._client._paginate(
            OPERATIONS["chargePointModelsListingDeprecated"],
            ChargePointModel,
            query={"page": page, "per_page": per_page, "filter": filter},
            timeout=timeout,
            query_types={"filter": ChargePointModelsListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def read(
        self,
        model_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointModel:
        """Charge Point Model / Read

        Get a Charge Point Model

        Args:
            model_id: the modelId path parameter

        ``GET /public-api/resources/charge-point-models/v1.0/{modelId}`` (operationId ``chargePointModelRead``)
        """
        from ..models.charge_point_model import ChargePointModel

        return await self._client._request(
            OPERATIONS["chargePointModelRead"],
            ChargePointModel,
            path={"modelId": model_id},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def read_deprecated(
        self,
        model_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointModel:
        """Charge Point Model / Read

        Get a Charge Point Model

        Deprecated. Use ``client.charge_point_models.read()`` instead.

        Args:
            model_id: the modelId path parameter

        ``GET /public-api/resources/cp-models/v1.0/{modelId}`` (operationId ``chargePointModelReadDeprecated``)
        """
        from ..models.charge_point_model import ChargePointModel

        return await self._client._request(
            OPERATIONS["chargePointModelReadDeprecated"],
            ChargePointModel,
            path={"modelId": model_id},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def update(
        self,
        model_id: int,
        *,
        body: ChargePointModelUpdateRequest | ChargePointModelUpdateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointModel:
        """Charge Point Model / Update

        Charge Point Model

        Args:
            model_id: the modelId path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/charge-point-models/v1.0/{modelId}`` (operationId ``chargePointModelUpdate``)
        """
        from ..models.charge_point_model import ChargePointModel
        from ..models.charge_point_model_update_request import (
            ChargePointModelUpdateRequest,
        )

        return await self._client._request(
            OPERATIONS["chargePointModelUpdate"],
            ChargePointModel,
            path={"modelId": model_id},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=ChargePointModelUpdateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def update_deprecated(
        self,
        model_id: int,
        *,
        body: ChargePointModelUpdateRequest | ChargePointModelUpdateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointModel:
        """Charge Point Model / Update

        Charge Point Model

        Deprecated. Use ``client.charge_point_models.update()`` instead.

        Args:
            model_id: the modelId path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/cp-models/v1.0/{modelId}`` (operationId ``chargePointModelUpdateDeprecated``)
        """
        from ..models.charge_point_model import ChargePointModel
        from ..models.charge_point_model_update_request import (
            ChargePointModelUpdateRequest,
        )

        return await self._client._request(
            OPERATIONS["chargePointModelUpdateDeprecated"],
            ChargePointModel,
            path={"modelId": model_id},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=ChargePointModelUpdateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class ChargePointModelsResourceWithRawResponse:
    """``client.with_raw_response.charge_point_models`` of the sync client: each call returns an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: ChargePointModelsResource) -> None:
        self.create = to_raw(resource.create)
        self.create_deprecated = to_raw(resource.create_deprecated)
        self.delete = to_raw(resource.delete)
        self.delete_deprecated = to_raw(resource.delete_deprecated)
        self.listing = to_raw_listing(resource.listing)
        self.listing_deprecated = to_raw_listing(resource.listing_deprecated)
        self.read = to_raw(resource.read)
        self.read_deprecated = to_raw(resource.read_deprecated)
        self.update = to_raw(resource.update)
        self.update_deprecated = to_raw(resource.update_deprecated)


class AsyncChargePointModelsResourceWithRawResponse:
    """``client.with_raw_response.charge_point_models`` of the async client: each call gives an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: AsyncChargePointModelsResource) -> None:
        self.create = to_async_raw(resource.create)
        self.create_deprecated = to_async_raw(resource.create_deprecated)
        self.delete = to_async_raw(resource.delete)
        self.delete_deprecated = to_async_raw(resource.delete_deprecated)
        self.listing = to_async_raw_listing(resource.listing)
        self.listing_deprecated = to_async_raw_listing(resource.listing_deprecated)
        self.read = to_async_raw(resource.read)
        self.read_deprecated = to_async_raw(resource.read_deprecated)
        self.update = to_async_raw(resource.update)
        self.update_deprecated = to_async_raw(resource.update_deprecated)


class ChargePointModelsResourceWithStreamingResponse:
    """``client.with_streaming_response.charge_point_models`` of the sync client: each call returns a manager: ``with`` it for the unread response."""

    def __init__(self, resource: ChargePointModelsResource) -> None:
        self.create = to_streamed(resource.create)
        self.create_deprecated = to_streamed(resource.create_deprecated)
        self.delete = to_streamed(resource.delete)
        self.delete_deprecated = to_streamed(resource.delete_deprecated)
        self.listing = to_streamed_listing(resource.listing)
        self.listing_deprecated = to_streamed_listing(resource.listing_deprecated)
        self.read = to_streamed(resource.read)
        self.read_deprecated = to_streamed(resource.read_deprecated)
        self.update = to_streamed(resource.update)
        self.update_deprecated = to_streamed(resource.update_deprecated)


class AsyncChargePointModelsResourceWithStreamingResponse:
    """``client.with_streaming_response.charge_point_models`` of the async client: each call returns a manager: ``async with`` it for the unread response."""

    def __init__(self, resource: AsyncChargePointModelsResource) -> None:
        self.create = to_async_streamed(resource.create)
        self.create_deprecated = to_async_streamed(resource.create_deprecated)
        self.delete = to_async_streamed(resource.delete)
        self.delete_deprecated = to_async_streamed(resource.delete_deprecated)
        self.listing = to_async_streamed_listing(resource.listing)
        self.listing_deprecated = to_async_streamed_listing(resource.listing_deprecated)
        self.read = to_async_streamed(resource.read)
        self.read_deprecated = to_async_streamed(resource.read_deprecated)
        self.update = to_async_streamed(resource.update)
        self.update_deprecated = to_async_streamed(resource.update_deprecated)
