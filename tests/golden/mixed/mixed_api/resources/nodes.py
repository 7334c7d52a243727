"""Operations of ``client.nodes`` (nodes)."""

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
from .._runtime.types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    import httpx

    from .._runtime.client import AsyncClient, SyncClient
    from ..models.node import Node
    from ..params import NodeParam

__all__ = [
    "AsyncNodesResource",
    "AsyncNodesResourceWithRawResponse",
    "AsyncNodesResourceWithStreamingResponse",
    "NodesResource",
    "NodesResourceWithRawResponse",
    "NodesResourceWithStreamingResponse",
]


class NodesResource:
    """Synchronous operations of nodes."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def replace(
        self,
        *,
        body: Node | NodeParam | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Node:
        """nodeReplace

        Args:
            body: the request body (optional); a model or a mapping with the API's camelCase keys

        ``PUT /nodes`` (operationId ``nodeReplace``)
        """
        from ..models.node import Node

        return self._client._request(
            OPERATIONS["nodeReplace"],
            Node,
            body=body,
            timeout=timeout,
            body_type=Node,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class AsyncNodesResource:
    """Asynchronous operations of nodes."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def replace(
        self,
        *,
        body: Node | NodeParam | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Node:
        """nodeReplace

        Args:
            body: the request body (optional); a model or a mapping with the API's camelCase keys

        ``PUT /nodes`` (operationId ``nodeReplace``)
        """
        from ..models.node import Node

        return await self._client._request(
            OPERATIONS["nodeReplace"],
            Node,
            body=body,
            timeout=timeout,
            body_type=Node,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class NodesResourceWithRawResponse:
    """``client.with_raw_response.nodes`` of the sync client: each call returns an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: NodesResource) -> None:
        self.replace = to_raw(resource.replace)


class AsyncNodesResourceWithRawResponse:
    """``client.with_raw_response.nodes`` of the async client: each call gives an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: AsyncNodesResource) -> None:
        self.replace = to_async_raw(resource.replace)


class NodesResourceWithStreamingResponse:
    """``client.with_streaming_response.nodes`` of the sync client: each call returns a manager: ``with`` it for the unread response."""

    def __init__(self, resource: NodesResource) -> None:
        self.replace = to_streamed(resource.replace)


class AsyncNodesResourceWithStreamingResponse:
    """``client.with_streaming_response.nodes`` of the async client: each call returns a manager: ``async with`` it for the unread response."""

    def __init__(self, resource: AsyncNodesResource) -> None:
        self.replace = to_async_streamed(resource.replace)
