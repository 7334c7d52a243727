"""Operations of ``client.templates`` (resource / templates)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._operations import OPERATIONS
from .._runtime.pagination import AsyncPager, SyncPager
from .._runtime.types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    import httpx

    from .._runtime.client import AsyncClient, SyncClient
    from ..models.template import Template

__all__ = ["AsyncTemplatesResource", "TemplatesResource"]


class TemplatesResource:
    """Synchronous operations of resource / templates."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def listing(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[Template]:
        """Templates / Listing

        Get all charge points templates

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/templates/v1.0`` (operationId ``templatesListing``)
        """
        from ..models.template import Template

        return self._client._paginate(
            OPERATIONS["templatesListing"],
            Template,
            query={"page": page, "per_page": per_page},
            timeout=timeout,
        )


class AsyncTemplatesResource:
    """Asynchronous operations of resource / templates."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    def listing(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[Template]:
        """Templates / Listing

        Get all charge points templates

        Args:
            page: The page number to fetch (defaults to 1)
            per_page: The numbers of items to return

        ``GET /public-api/resources/templates/v1.0`` (operationId ``templatesListing``)
        """
        from ..models.template import Template

        return self._client._paginate(
            OPERATIONS["templatesListing"],
            Template,
            query={"page": page, "per_page": per_page},
            timeout=timeout,
        )
