"""Operations of ``client.charge_point_models`` (resource / charge point models)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._operations import OPERATIONS
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

__all__ = ["AsyncChargePointModelsResource", "ChargePointModelsResource"]


class ChargePointModelsResource:
    """Synchronous operations of resource / charge point models."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(
        self,
        *,
        body: ChargePointModelCreateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointModel:
        """Charge Point Model / Create

        Create new Charge Point Model

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/charge-point-models/v1.0`` (operationId ``chargePointModelCreate``)
        """
        from ..models.charge_point_model import ChargePointModel

        return self._client._request(
            OPERATIONS["chargePointModelCreate"],
            ChargePointModel,
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    def create_deprecated(
        self,
        *,
        body: ChargePointModelCreateRequest | Mapping[str, Any],
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

        return self._client._request(
            OPERATIONS["chargePointModelCreateDeprecated"],
            ChargePointModel,
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    def delete(
        self,
        model_id: int,
        *,
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
        )

    def delete_deprecated(
        self,
        model_id: int,
        *,
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
        )

    def listing(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        filter: ChargePointModelsListingFilter | Mapping[str, Any] | None = None,
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

        return self._client._paginate(
            OPERATIONS["chargePointModelsListing"],
            ChargePointModel,
            query={"page": page, "per_page": per_page, "filter": filter},
            timeout=timeout,
        )

    def listing_deprecated(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        filter: ChargePointModelsListingFilter | Mapping[str, Any] | None = None,
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

        return self._client._paginate(
            OPERATIONS["chargePointModelsListingDeprecated"],
            ChargePointModel,
            query={"page": page, "per_page": per_page, "filter": filter},
            timeout=timeout,
        )

    def read(
        self,
        model_id: int,
        *,
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
        )

    def read_deprecated(
        self,
        model_id: int,
        *,
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
        )

    def update(
        self,
        model_id: int,
        *,
        body: ChargePointModelUpdateRequest | Mapping[str, Any],
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

        return self._client._request(
            OPERATIONS["chargePointModelUpdate"],
            ChargePointModel,
            path={"modelId": model_id},
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    def update_deprecated(
        self,
        model_id: int,
        *,
        body: ChargePointModelUpdateRequest | Mapping[str, Any],
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

        return self._client._request(
            OPERATIONS["chargePointModelUpdateDeprecated"],
            ChargePointModel,
            path={"modelId": model_id},
            body=body,
            unwrap="data",
            timeout=timeout,
        )


class AsyncChargePointModelsResource:
    """Asynchronous operations of resource / charge point models."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: ChargePointModelCreateRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointModel:
        """Charge Point Model / Create

        Create new Charge Point Model

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/charge-point-models/v1.0`` (operationId ``chargePointModelCreate``)
        """
        from ..models.charge_point_model import ChargePointModel

        return await self._client._request(
            OPERATIONS["chargePointModelCreate"],
            ChargePointModel,
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    async def create_deprecated(
        self,
        *,
        body: ChargePointModelCreateRequest | Mapping[str, Any],
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

        return await self._client._request(
            OPERATIONS["chargePointModelCreateDeprecated"],
            ChargePointModel,
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    async def delete(
        self,
        model_id: int,
        *,
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
        )

    async def delete_deprecated(
        self,
        model_id: int,
        *,
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
        )

    def listing(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        filter: ChargePointModelsListingFilter | Mapping[str, Any] | None = None,
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

        return self._client._paginate(
            OPERATIONS["chargePointModelsListing"],
            ChargePointModel,
            query={"page": page, "per_page": per_page, "filter": filter},
            timeout=timeout,
        )

    def listing_deprecated(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        filter: ChargePointModelsListingFilter | Mapping[str, Any] | None = None,
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

        return self._client._paginate(
            OPERATIONS["chargePointModelsListingDeprecated"],
            ChargePointModel,
            query={"page": page, "per_page": per_page, "filter": filter},
            timeout=timeout,
        )

    async def read(
        self,
        model_id: int,
        *,
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
        )

    async def read_deprecated(
        self,
        model_id: int,
        *,
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
        )

    async def update(
        self,
        model_id: int,
        *,
        body: ChargePointModelUpdateRequest | Mapping[str, Any],
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

        return await self._client._request(
            OPERATIONS["chargePointModelUpdate"],
            ChargePointModel,
            path={"modelId": model_id},
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    async def update_deprecated(
        self,
        model_id: int,
        *,
        body: ChargePointModelUpdateRequest | Mapping[str, Any],
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

        return await self._client._request(
            OPERATIONS["chargePointModelUpdateDeprecated"],
            ChargePointModel,
            path={"modelId": model_id},
            body=body,
            unwrap="data",
            timeout=timeout,
        )
