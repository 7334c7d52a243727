"""Operations of ``client.downtime_period_notices`` (resource / downtime period notices)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._operations import OPERATIONS
from .._runtime.pagination import AsyncPager, SyncPager
from .._runtime.types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    import httpx

    from .._runtime.client import AsyncClient, SyncClient
    from ..models.downtime_period_notice import DowntimePeriodNotice
    from ..models.get_downtime_period_notices_filter import (
        GetDowntimePeriodNoticesFilter,
    )
    from ..models.patch_downtime_period_notice_request import (
        PatchDowntimePeriodNoticeRequest,
    )
    from ..models.post_downtime_period_notice_request import (
        PostDowntimePeriodNoticeRequest,
    )

__all__ = ["AsyncDowntimePeriodNoticesResource", "DowntimePeriodNoticesResource"]


class DowntimePeriodNoticesResource:
    """Synchronous operations of resource / downtime period notices."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def delete_downtime_period_notice(
        self,
        notice: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Downtime Period Notices / Delete

        Delete Downtime Period Notice

        Args:
            notice: the notice path parameter

        ``DELETE /public-api/resources/downtime-period-notices/v1.0/{notice}`` (operationId ``deleteDowntimePeriodNotice``)
        """
        return self._client._request(
            OPERATIONS["deleteDowntimePeriodNotice"],
            None,
            path={"notice": notice},
            timeout=timeout,
        )

    def get_downtime_period_notice(
        self,
        notice: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DowntimePeriodNotice:
        """Downtime Period Notices / Read

        Get Downtime Period Notice

        Args:
            notice: the notice path parameter

        ``GET /public-api/resources/downtime-period-notices/v1.0/{notice}`` (operationId ``getDowntimePeriodNotice``)
        """
        from ..models.downtime_period_notice import DowntimePeriodNotice

        return self._client._request(
            OPERATIONS["getDowntimePeriodNotice"],
            DowntimePeriodNotice,
            path={"notice": notice},
            unwrap="data",
            timeout=timeout,
        )

    def get_downtime_period_notices(
        self,
        *,
        per_page: int | None = None,
        filter: GetDowntimePeriodNoticesFilter | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[DowntimePeriodNotice]:
        """Downtime Period Notices / Listing

        Get all Downtime Period Notices

        Args:
            per_page: The numbers of items to return

        ``GET /public-api/resources/downtime-period-notices/v1.0`` (operationId ``getDowntimePeriodNotices``)
        """
        from ..models.downtime_period_notice import DowntimePeriodNotice

        return self._client._paginate(
            OPERATIONS["getDowntimePeriodNotices"],
            DowntimePeriodNotice,
            query={"per_page": per_page, "filter": filter},
            timeout=timeout,
        )

    def patch_downtime_period_notice(
        self,
        notice: int,
        *,
        body: (
            PatchDowntimePeriodNoticeRequest | Mapping[str, Any] | NotGiven
        ) = NOT_GIVEN,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DowntimePeriodNotice:
        """Downtime Period Notices / Update

        Update Downtime Period Notice

        Args:
            notice: the notice path parameter
            body: the request body (optional); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/downtime-period-notices/v1.0/{notice}`` (operationId ``patchDowntimePeriodNotice``)
        """
        from ..models.downtime_period_notice import DowntimePeriodNotice

        return self._client._request(
            OPERATIONS["patchDowntimePeriodNotice"],
            DowntimePeriodNotice,
            path={"notice": notice},
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    def post_downtime_period_notice(
        self,
        *,
        body: (
            PostDowntimePeriodNoticeRequest | Mapping[str, Any] | NotGiven
        ) = NOT_GIVEN,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DowntimePeriodNotice:
        """Downtime Period Notices / Create

        Create Downtime Period Notice

        Args:
            body: the request body (optional); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/downtime-period-notices/v1.0`` (operationId ``postDowntimePeriodNotice``)
        """
        from ..models.downtime_period_notice import DowntimePeriodNotice

        return self._client._request(
            OPERATIONS["postDowntimePeriodNotice"],
            DowntimePeriodNotice,
            body=body,
            unwrap="data",
            timeout=timeout,
        )


class AsyncDowntimePeriodNoticesResource:
    """Asynchronous operations of resource / downtime period notices."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def delete_downtime_period_notice(
        self,
        notice: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Downtime Period Notices / Delete

        Delete Downtime Period Notice

        Args:
            notice: the notice path parameter

        ``DELETE /public-api/resources/downtime-period-notices/v1.0/{notice}`` (operationId ``deleteDowntimePeriodNotice``)
        """
        return await self._client._request(
            OPERATIONS["deleteDowntimePeriodNotice"],
            None,
            path={"notice": notice},
            timeout=timeout,
        )

    async def get_downtime_period_notice(
        self,
        notice: int,
        *,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DowntimePeriodNotice:
        """Downtime Period Notices / Read

        Get Downtime Period Notice

        Args:
            notice: the notice path parameter

        ``GET /public-api/resources/downtime-period-notices/v1.0/{notice}`` (operationId ``getDowntimePeriodNotice``)
        """
        from ..models.downtime_period_notice import DowntimePeriodNotice

        return await self._client._request(
            OPERATIONS["getDowntimePeriodNotice"],
            DowntimePeriodNotice,
            path={"notice": notice},
            unwrap="data",
            timeout=timeout,
        )

    def get_downtime_period_notices(
        self,
        *,
        per_page: int | None = None,
        filter: GetDowntimePeriodNoticesFilter | Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[DowntimePeriodNotice]:
        """Downtime Period Notices / Listing

        Get all Downtime Period Notices

        Args:
            per_page: The numbers of items to return

        ``GET /public-api/resources/downtime-period-notices/v1.0`` (operationId ``getDowntimePeriodNotices``)
        """
        from ..models.downtime_period_notice import DowntimePeriodNotice

        return self._client._paginate(
            OPERATIONS["getDowntimePeriodNotices"],
            DowntimePeriodNotice,
            query={"per_page": per_page, "filter": filter},
            timeout=timeout,
        )

    async def patch_downtime_period_notice(
        self,
        notice: int,
        *,
        body: (
            PatchDowntimePeriodNoticeRequest | Mapping[str, Any] | NotGiven
        ) = NOT_GIVEN,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DowntimePeriodNotice:
        """Downtime Period Notices / Update

        Update Downtime Period Notice

        Args:
            notice: the notice path parameter
            body: the request body (optional); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/downtime-period-notices/v1.0/{notice}`` (operationId ``patchDowntimePeriodNotice``)
        """
        from ..models.downtime_period_notice import DowntimePeriodNotice

        return await self._client._request(
            OPERATIONS["patchDowntimePeriodNotice"],
            DowntimePeriodNotice,
            path={"notice": notice},
            body=body,
            unwrap="data",
            timeout=timeout,
        )

    async def post_downtime_period_notice(
        self,
        *,
        body: (
            PostDowntimePeriodNoticeRequest | Mapping[str, Any] | NotGiven
        ) = NOT_GIVEN,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DowntimePeriodNotice:
        """Downtime Period Notices / Create

        Create Downtime Period Notice

        Args:
            body: the request body (optional); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/downtime-period-notices/v1.0`` (operationId ``postDowntimePeriodNotice``)
        """
        from ..models.downtime_period_notice import DowntimePeriodNotice

        return await self._client._request(
            OPERATIONS["postDowntimePeriodNotice"],
            DowntimePeriodNotice,
            body=body,
            unwrap="data",
            timeout=timeout,
        )
