"""Operations of ``client.cdrs`` (resource / cdrs)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .._operations import OPERATIONS
from .._runtime.pagination import AsyncPager, SyncPager
from .._runtime.types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    import httpx

    from .._runtime.client import AsyncClient, SyncClient
    from ..models.cdr import Cdr
    from ..models.cdr_read_include_item import CdrReadIncludeItem
    from ..models.cdrs_listing_filter import CdrsListingFilter

__all__ = ["AsyncCdrsResource", "CdrsResource"]


class CdrsResource:
    """Synchronous operations of resource / cdrs."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def listing(
        self,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
        filter: CdrsListingFilter | Mapping[str, Any] | None = None,
        include: Sequence[CdrReadIncludeItem | str] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[Cdr]:
        """CDRs / Listing

        Get all CDRs

        Args:
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.
            include: Include additional information in the response. The following options are available:<br> - `externalAppData`: Include external application data in the response

        ``GET /public-api/resources/cdrs/v2.0`` (operationId ``cdrsListing``)
        """
        from ..models.cdr import Cdr

        return self._client._paginate(
            OPERATIONS["cdrsListing"],
            Cdr,
            query={
                "per_page": per_page,
                "cursor": cursor,
                "filter": filter,
                "include": include,
            },
            timeout=timeout,
        )

    def read(
        self,
        cdr: int,
        *,
        include: Sequence[CdrReadIncludeItem | str] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Cdr:
        """CDR / Read

        Get a CDR

        Args:
            cdr: the cdr path parameter
            include: Include additional information in the response. The following options are available:<br> - `externalAppData`: Include external application data in the response

        ``GET /public-api/resources/cdrs/v2.0/{cdr}`` (operationId ``cdrRead``)
        """
        from ..models.cdr import Cdr

        return self._client._request(
            OPERATIONS["cdrRead"],
            Cdr,
            path={"cdr": cdr},
            query={"include": include},
            unwrap="data",
            timeout=timeout,
        )


class AsyncCdrsResource:
    """Asynchronous operations of resource / cdrs."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    def listing(
        self,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
        filter: CdrsListingFilter | Mapping[str, Any] | None = None,
        include: Sequence[CdrReadIncludeItem | str] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[Cdr]:
        """CDRs / Listing

        Get all CDRs

        Args:
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.
            include: Include additional information in the response. The following options are available:<br> - `externalAppData`: Include external application data in the response

        ``GET /public-api/resources/cdrs/v2.0`` (operationId ``cdrsListing``)
        """
        from ..models.cdr import Cdr

        return self._client._paginate(
            OPERATIONS["cdrsListing"],
            Cdr,
            query={
                "per_page": per_page,
                "cursor": cursor,
                "filter": filter,
                "include": include,
            },
            timeout=timeout,
        )

    async def read(
        self,
        cdr: int,
        *,
        include: Sequence[CdrReadIncludeItem | str] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Cdr:
        """CDR / Read

        Get a CDR

        Args:
            cdr: the cdr path parameter
            include: Include additional information in the response. The following options are available:<br> - `externalAppData`: Include external application data in the response

        ``GET /public-api/resources/cdrs/v2.0/{cdr}`` (operationId ``cdrRead``)
        """
        from ..models.cdr import Cdr

        return await self._client._request(
            OPERATIONS["cdrRead"],
            Cdr,
            path={"cdr": cdr},
            query={"include": include},
            unwrap="data",
            timeout=timeout,
        )
