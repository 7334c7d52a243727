"""Operations of ``client.sub_operators`` (resource / sub operators)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._operations import OPERATIONS
from .._runtime.pagination import AsyncPager, SyncPager
from .._runtime.types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    import httpx

    from .._runtime.client import AsyncClient, SyncClient
    from ..models.sub_operator import SubOperator

__all__ = ["AsyncSubOperatorsResource", "SubOperatorsResource"]


class SubOperatorsResource:
    """Synchronous operations of resource / sub operators."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def listing(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[SubOperator]:
        """Sub operators / Listing

        Get all sub operators

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/sub-operators/v1.0`` (operationId ``subOperatorsListing``)
        """
        from ..models.sub_operator import SubOperator

        return self._client._paginate(
            OPERATIONS["subOperatorsListing"],
            SubOperator,
            query={"page": page, "per_page": per_page},
            timeout=timeout,
        )

    def read(
        self,
        sub_operator: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubOperator:
        """Sub operator / Read

        Get a sub operator

        Args:
            sub_operator: the subOperator path parameter

        ``GET /public-api/resources/sub-operators/v1.0/{subOperator}`` (operationId ``subOperatorRead``)
        """
        from ..models.sub_operator import SubOperator

        return self._client._request(
            OPERATIONS["subOperatorRead"],
            SubOperator,
            path={"subOperator": sub_operator},
            unwrap="data",
            timeout=timeout,
        )


class AsyncSubOperatorsResource:
    """Asynchronous operations of resource / sub operators."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    def listing(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[SubOperator]:
        """Sub operators / Listing

        Get all sub operators

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/sub-operators/v1.0`` (operationId ``subOperatorsListing``)
        """
        from ..models.sub_operator import SubOperator

        return self._client._paginate(
            OPERATIONS["subOperatorsListing"],
            SubOperator,
            query={"page": page, "per_page": per_page},
            timeout=timeout,
        )

    async def read(
        self,
        sub_operator: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SubOperator:
        """Sub operator / Read

        Get a sub operator

        Args:
            sub_operator: the subOperator path parameter

        ``GET /public-api/resources/sub-operators/v1.0/{subOperator}`` (operationId ``subOperatorRead``)
        """
        from ..models.sub_operator import SubOperator

        return await self._client._request(
            OPERATIONS["subOperatorRead"],
            SubOperator,
            path={"subOperator": sub_operator},
            unwrap="data",
            timeout=timeout,
        )
