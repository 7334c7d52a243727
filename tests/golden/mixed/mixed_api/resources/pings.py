"""Operations of ``client.pings`` (pings)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._operations import OPERATIONS
from .._runtime.types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    import httpx

    from .._runtime.client import AsyncClient, SyncClient

__all__ = ["AsyncPingsResource", "PingsResource"]


class PingsResource:
    """Synchronous operations of pings."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def ping(
        self, *, timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN
    ) -> str:
        """ping

        ``GET /ping`` (operationId ``ping``)
        """
        return self._client._request(OPERATIONS["ping"], str, timeout=timeout)


class AsyncPingsResource:
    """Asynchronous operations of pings."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def ping(
        self, *, timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN
    ) -> str:
        """ping

        ``GET /ping`` (operationId ``ping``)
        """
        return await self._client._request(OPERATIONS["ping"], str, timeout=timeout)
