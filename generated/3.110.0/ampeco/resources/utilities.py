"""Operations of ``client.utilities`` (resource / utilities)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._operations import OPERATIONS
from .._runtime.pagination import AsyncPager, SyncPager
from .._runtime.types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    import httpx

    from .._runtime.client import AsyncClient, SyncClient
    from ..models.create_utility_request import CreateUtilityRequest
    from ..models.utility import Utility

__all__ = ["AsyncUtilitiesResource", "UtilitiesResource"]


class UtilitiesResource:
    """Synchronous operations of resource / utilities."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create_utility(
        self,
        *,
        body: CreateUtilityRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Utility:
        """Utilities / Create

        Create Utility

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/utilities/v1.0`` (operationId ``createUtility``)
        """
        from ..models.utility import Utility

        return self._client._request(
            OPERATIONS["createUtility"],
            Utility,
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    def delete_utility(
        self,
        utility: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Utilities / Delete

        Delete a single Utility

        Args:
            utility: The ID of the utility

        ``DELETE /public-api/resources/utilities/v1.0/{utility}`` (operationId ``deleteUtility``)
        """
        return self._client._request(
            OPERATIONS["deleteUtility"],
            None,
            path={"utility": utility},
            timeout=timeout,
        )

    def get_utility(
        self,
        utility: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Utility:
        """Utilities / Read

        Get a single Utility

        Args:
            utility: The ID of the utility

        ``GET /public-api/resources/utilities/v1.0/{utility}`` (operationId ``getUtility``)
        """
        from ..models.utility import Utility

        return self._client._request(
            OPERATIONS["getUtility"],
            Utility,
            path={"utility": utility},
            unwrap="data",
            timeout=timeout,
        )

    def list_utilities(
        self,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[Utility]:
        """Utilities / Listing

        Get all Utilities

        Args:
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.

        ``GET /public-api/resources/utilities/v1.0`` (operationId ``listUtilities``)
        """
        from ..models.utility import Utility

        return self._client._paginate(
            OPERATIONS["listUtilities"],
            Utility,
            query={"per_page": per_page, "cursor": cursor},
            timeout=timeout,
        )

    def update_utility(
        self,
        utility: int,
        *,
        body: CreateUtilityRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Utility:
        """Utilities / Update

        Update a single Utility

        Args:
            utility: The ID of the utility
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PUT /public-api/resources/utilities/v1.0/{utility}`` (operationId ``updateUtility``)
        """
        from ..models.utility import Utility

        return self._client._request(
            OPERATIONS["updateUtility"],
            Utility,
            path={"utility": utility},
            body=body,
            unwrap="data",
            timeout=timeout,
        )


class AsyncUtilitiesResource:
    """Asynchronous operations of resource / utilities."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create_utility(
        self,
        *,
        body: CreateUtilityRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Utility:
        """Utilities / Create

        Create Utility

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/utilities/v1.0`` (operationId ``createUtility``)
        """
        from ..models.utility import Utility

        return await self._client._request(
            OPERATIONS["createUtility"],
            Utility,
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    async def delete_utility(
        self,
        utility: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Utilities / Delete

        Delete a single Utility

        Args:
            utility: The ID of the utility

        ``DELETE /public-api/resources/utilities/v1.0/{utility}`` (operationId ``deleteUtility``)
        """
        return await self._client._request(
            OPERATIONS["deleteUtility"],
            None,
            path={"utility": utility},
            timeout=timeout,
        )

    async def get_utility(
        self,
        utility: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Utility:
        """Utilities / Read

        Get a single Utility

        Args:
            utility: The ID of the utility

        ``GET /public-api/resources/utilities/v1.0/{utility}`` (operationId ``getUtility``)
        """
        from ..models.utility import Utility

        return await self._client._request(
            OPERATIONS["getUtility"],
            Utility,
            path={"utility": utility},
            unwrap="data",
            timeout=timeout,
        )

    def list_utilities(
        self,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[Utility]:
        """Utilities / Listing

        Get all Utilities

        Args:
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.

        ``GET /public-api/resources/utilities/v1.0`` (operationId ``listUtilities``)
        """
        from ..models.utility import Utility

        return self._client._paginate(
            OPERATIONS["listUtilities"],
            Utility,
            query={"per_page": per_page, "cursor": cursor},
            timeout=timeout,
        )

    async def update_utility(
        self,
        utility: int,
        *,
        body: CreateUtilityRequest | Mapping[str, Any],
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Utility:
        """Utilities / Update

        Update a single Utility

        Args:
            utility: The ID of the utility
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PUT /public-api/resources/utilities/v1.0/{utility}`` (operationId ``updateUtility``)
        """
        from ..models.utility import Utility

        return await self._client._request(
            OPERATIONS["updateUtility"],
            Utility,
            path={"utility": utility},
            body=body,
            unwrap="data",
            timeout=timeout,
        )
