"""Operations of ``client.settings`` (resource / settings)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._operations import OPERATIONS
from .._runtime.types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    import httpx

    from .._runtime.client import AsyncClient, SyncClient
    from ..models.setting import Setting

__all__ = ["AsyncSettingsResource", "SettingsResource"]


class SettingsResource:
    """Synchronous operations of resource / settings."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def listing(
        self, *, timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN
    ) -> Setting:
        """Settings / Listing

        Get all settings

        ``GET /public-api/resources/settings/v1.0`` (operationId ``settingsListing``)
        """
        from ..models.setting import Setting

        return self._client._request(
            OPERATIONS["settingsListing"], Setting, unwrap="data", timeout=timeout
        )


class AsyncSettingsResource:
    """Asynchronous operations of resource / settings."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def listing(
        self, *, timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN
    ) -> Setting:
        """Settings / Listing

        Get all settings

        ``GET /public-api/resources/settings/v1.0`` (operationId ``settingsListing``)
        """
        from ..models.setting import Setting

        return await self._client._request(
            OPERATIONS["settingsListing"], Setting, unwrap="data", timeout=timeout
        )
