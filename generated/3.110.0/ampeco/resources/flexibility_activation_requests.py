"""Operations of ``client.flexibility_activation_requests`` (resource / flexibility activation requests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._operations import OPERATIONS
from .._runtime.pagination import AsyncPager, SyncPager
from .._runtime.types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    import httpx

    from .._runtime.client import AsyncClient, SyncClient
    from ..models.flexibility_activation_request import FlexibilityActivationRequest
    from ..models.list_flexibility_activation_requests_filter import (
        ListFlexibilityActivationRequestsFilter,
    )

__all__ = [
    "AsyncFlexibilityActivationRequestsResource",
    "FlexibilityActivationRequestsResource",
]


class FlexibilityActivationRequestsResource:
    """Synchronous operations of resource / flexibility activation requests."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def get_flexibility_activation_request(
        self,
        flexibility_activation_request: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> FlexibilityActivationRequest:
        """Flexibility Activation Requests / Read

        Get a flexibility activation request

        Args:
            flexibility_activation_request: ID of the Flexibility Activation Request

        ``GET /public-api/resources/flexibility-activation-requests/v1.0/{flexibilityActivationRequest}`` (operationId ``getFlexibilityActivationRequest``)
        """
        from ..models.flexibility_activation_request import FlexibilityActivationRequest

        return self._client._request(
            OPERATIONS["getFlexibilityActivationRequest"],
            FlexibilityActivationRequest,
            path={"flexibilityActivationRequest": flexibility_activation_request},
            unwrap="data",
            timeout=timeout,
        )

    def list_flexibility_activation_requests(
        self,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
        filter: (
            ListFlexibilityActivationRequestsFilter | Mapping[str, Any] | None
        ) = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[FlexibilityActivationRequest]:
        """Flexibility Activation Requests / Listing

        Get a list of Flexibility Requests

        Args:
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.
            filter: Filter for the requests based on assetId

        ``GET /public-api/resources/flexibility-activation-requests/v1.0`` (operationId ``listFlexibilityActivationRequests``)
        """
        from ..models.flexibility_activation_request import FlexibilityActivationRequest

        return self._client._paginate(
            OPERATIONS["listFlexibilityActivationRequests"],
            FlexibilityActivationRequest,
            query={"per_page": per_page, "cursor": cursor, "filter": filter},
            timeout=timeout,
        )


class AsyncFlexibilityActivationRequestsResource:
    """Asynchronous operations of resource / flexibility activation requests."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def get_flexibility_activation_request(
        self,
        flexibility_activation_request: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> FlexibilityActivationRequest:
        """Flexibility Activation Requests / Read

        Get a flexibility activation request

        Args:
            flexibility_activation_request: ID of the Flexibility Activation Request

        ``GET /public-api/resources/flexibility-activation-requests/v1.0/{flexibilityActivationRequest}`` (operationId ``getFlexibilityActivationRequest``)
        """
        from ..models.flexibility_activation_request import FlexibilityActivationRequest

        return await self._client._request(
            OPERATIONS["getFlexibilityActivationRequest"],
            FlexibilityActivationRequest,
            path={"flexibilityActivationRequest": flexibility_activation_request},
            unwrap="data",
            timeout=timeout,
        )

    def list_flexibility_activation_requests(
        self,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
        filter: (
            ListFlexibilityActivationRequestsFilter | Mapping[str, Any] | None
        ) = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[FlexibilityActivationRequest]:
        """Flexibility Activation Requests / Listing

        Get a list of Flexibility Requests

        Args:
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.
            filter: Filter for the requests based on assetId

        ``GET /public-api/resources/flexibility-activation-requests/v1.0`` (operationId ``listFlexibilityActivationRequests``)
        """
        from ..models.flexibility_activation_request import FlexibilityActivationRequest

        return self._client._paginate(
            OPERATIONS["listFlexibilityActivationRequests"],
            FlexibilityActivationRequest,
            query={"per_page": per_page, "cursor": cursor, "filter": filter},
            timeout=timeout,
        )
