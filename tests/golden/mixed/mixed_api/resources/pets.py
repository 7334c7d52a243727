"""Operations of ``client.pets`` (pets)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, cast

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
    from ..models.cat import Cat
    from ..models.dog import Dog
    from ..params import CatParam, DogParam

__all__ = [
    "AsyncPetsResource",
    "AsyncPetsResourceWithRawResponse",
    "AsyncPetsResourceWithStreamingResponse",
    "PetsResource",
    "PetsResourceWithRawResponse",
    "PetsResourceWithStreamingResponse",
]


class PetsResource:
    """Synchronous operations of pets."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(
        self,
        *,
        body: Cat | CatParam | Dog | DogParam,
        x_trace_id: str | None = None,
        locale: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Cat | Dog:
        """petCreate

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /pets`` (operationId ``petCreate``)
        """
        from ..models.cat import Cat
        from ..models.dog import Dog

        return cast(
            Cat | Dog,
            self._client._request(
                OPERATIONS["petCreate"],
                Cat | Dog,
                headers={"X-Trace-Id": x_trace_id},
                cookies={"locale": locale},
                body=body,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    def read(
        self,
        pet_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Cat | Dog:
        """petRead

        Args:
            pet_id: the petId path parameter

        ``GET /pets/{petId}`` (operationId ``petRead``)
        """
        from ..models.cat import Cat
        from ..models.dog import Dog

        return cast(
            Cat | Dog,
            self._client._request(
                OPERATIONS["petRead"],
                Cat | Dog,
                path={"petId": pet_id},
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )


class AsyncPetsResource:
    """Asynchronous operations of pets."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: Cat | CatParam | Dog | DogParam,
        x_trace_id: str | None = None,
        locale: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Cat | Dog:
        """petCreate

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /pets`` (operationId ``petCreate``)
        """
        from ..models.cat import Cat
        from ..models.dog import Dog

        return cast(
            Cat | Dog,
            await self._client._request(
                OPERATIONS["petCreate"],
                Cat | Dog,
                headers={"X-Trace-Id": x_trace_id},
                cookies={"locale": locale},
                body=body,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    async def read(
        self,
        pet_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Cat | Dog:
        """petRead

        Args:
            pet_id: the petId path parameter

        ``GET /pets/{petId}`` (operationId ``petRead``)
        """
        from ..models.cat import Cat
        from ..models.dog import Dog

        return cast(
            Cat | Dog,
            await self._client._request(
                OPERATIONS["petRead"],
                Cat | Dog,
                path={"petId": pet_id},
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )


class PetsResourceWithRawResponse:
    """``client.with_raw_response.pets`` of the sync client: each call returns an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: PetsResource) -> None:
        self.create = to_raw(resource.create)
        self.read = to_raw(resource.read)


class AsyncPetsResourceWithRawResponse:
    """``client.with_raw_response.pets`` of the async client: each call gives an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: AsyncPetsResource) -> None:
        self.create = to_async_raw(resource.create)
        self.read = to_async_raw(resource.read)


class PetsResourceWithStreamingResponse:
    """``client.with_streaming_response.pets`` of the sync client: each call returns a manager: ``with`` it for the unread response."""

    def __init__(self, resource: PetsResource) -> None:
        self.create = to_streamed(resource.create)
        self.read = to_streamed(resource.read)


class AsyncPetsResourceWithStreamingResponse:
    """``client.with_streaming_response.pets`` of the async client: each call returns a manager: ``async with`` it for the unread response."""

    def __init__(self, resource: AsyncPetsResource) -> None:
        self.create = to_async_streamed(resource.create)
        self.read = to_async_streamed(resource.read)
