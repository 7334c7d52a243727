"""Operations of ``client.pets`` (pets)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from .._operations import OPERATIONS
from .._runtime.types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    import httpx

    from .._runtime.client import AsyncClient, SyncClient
    from ..models.cat import Cat
    from ..models.dog import Dog

__all__ = ["AsyncPetsResource", "PetsResource"]


class PetsResource:
    """Synchronous operations of pets."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(
        self,
        *,
        body: Cat | Mapping[str, Any] | Dog,
        x_trace_id: str | None = None,
        locale: str | None = None,
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
            ),
        )

    def read(
        self,
        pet_id: int,
        *,
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
            ),
        )


class AsyncPetsResource:
    """Asynchronous operations of pets."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: Cat | Mapping[str, Any] | Dog,
        x_trace_id: str | None = None,
        locale: str | None = None,
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
            ),
        )

    async def read(
        self,
        pet_id: int,
        *,
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
            ),
        )
