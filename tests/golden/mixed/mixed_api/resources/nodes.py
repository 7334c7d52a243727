"""Operations of ``client.nodes`` (nodes)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._operations import OPERATIONS
from .._runtime.types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    import httpx

    from .._runtime.client import AsyncClient, SyncClient
    from ..models.node import Node

__all__ = ["AsyncNodesResource", "NodesResource"]


class NodesResource:
    """Synchronous operations of nodes."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def replace(
        self,
        *,
        body: Node | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Node:
        """nodeReplace

        Args:
            body: the request body (optional); a model or a mapping with the API's camelCase keys

        ``PUT /nodes`` (operationId ``nodeReplace``)
        """
        from ..models.node import Node

        return self._client._request(
            OPERATIONS["nodeReplace"], Node, body=body, timeout=timeout
        )


class AsyncNodesResource:
    """Asynchronous operations of nodes."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def replace(
        self,
        *,
        body: Node | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Node:
        """nodeReplace

        Args:
            body: the request body (optional); a model or a mapping with the API's camelCase keys

        ``PUT /nodes`` (operationId ``nodeReplace``)
        """
        from ..models.node import Node

        return await self._client._request(
            OPERATIONS["nodeReplace"], Node, body=body, timeout=timeout
        )
