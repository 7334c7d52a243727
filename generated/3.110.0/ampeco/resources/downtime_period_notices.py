"""Operations of ``client.downtime_period_notices`` (resource / downtime period notices)."""

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
    from ..params import (
        GetDowntimePeriodNoticesFilterParam,
        PatchDowntimePeriodNoticeRequestParam,
        PostDowntimePeriodNoticeRequestParam,
    )

__all__ = [
    "AsyncDowntimePeriodNoticesResource",
    "AsyncDowntimePeriodNoticesResourceWithRawResponse",
    "AsyncDowntimePeriodNoticesResourceWithStreamingResponse",
    "DowntimePeriodNoticesResource",
    "DowntimePeriodNoticesResourceWithRawResponse",
    "DowntimePeriodNoticesResourceWithStreamingResponse",
]


class DowntimePeriodNoticesResource:
    """Synchronous operations of resource / downtime period notices."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def delete_downtime_period_notice(
        self,
        notice: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_downtime_period_notice(
        self,
        notice: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_downtime_period_notices(
        self,
        *,
        per_page: int | None = None,
        filter: (
            GetDowntimePeriodNoticesFilter | GetDowntimePeriodNoticesFilterParam | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[DowntimePeriodNotice]:
        """Downtime Period Notices / Listing

        Get all Downtime Period Notices

        Args:
            per_page: The numbers of items to return

        ``GET /public-api/resources/downtime-period-notices/v1.0`` (operationId ``getDowntimePeriodNotices``)
        """
        from ..models.downtime_period_notice import DowntimePeriodNotice
        from ..models.get_downtime_period_notices_filter import (
            GetDowntimePeriodNoticesFilter,
        )

        return self._client._paginate(
            OPERATIONS["getDowntimePeriodNotices"],
            DowntimePeriodNotice,
            query={"per_page": per_page, "filter": filter},
            timeout=timeout,
            query_types={"filter": GetDowntimePeriodNoticesFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def patch_downtime_period_notice(
        self,
        notice: int,
        *,
        body: (
            PatchDowntimePeriodNoticeRequest
            | PatchDowntimePeriodNoticeRequestParam
            | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
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
        from ..models.patch_downtime_period_notice_request import (
            PatchDowntimePeriodNoticeRequest,
        )

        return self._client._request(
            OPERATIONS["patchDowntimePeriodNotice"],
            DowntimePeriodNotice,
            path={"notice": notice},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=PatchDowntimePeriodNoticeRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def post_downtime_period_notice(
        self,
        *,
        body: (
            PostDowntimePeriodNoticeRequest
            | PostDowntimePeriodNoticeRequestParam
            | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DowntimePeriodNotice:
        """Downtime Period Notices / Create

        Create Downtime Period Notice

        Args:
            body: the request body (optional); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/downtime-period-notices/v1.0`` (operationId ``postDowntimePeriodNotice``)
        """
        from ..models.downtime_period_notice import DowntimePeriodNotice
        from ..models.post_downtime_period_notice_request import (
            PostDowntimePeriodNoticeRequest,
        )

        return self._client._request(
            OPERATIONS["postDowntimePeriodNotice"],
            DowntimePeriodNotice,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=PostDowntimePeriodNoticeRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class AsyncDowntimePeriodNoticesResource:
    """Asynchronous operations of resource / downtime period notices."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def delete_downtime_period_notice(
        self,
        notice: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def get_downtime_period_notice(
        self,
        notice: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
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
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_downtime_period_notices(
        self,
        *,
        per_page: int | None = None,
        filter: (
            GetDowntimePeriodNoticesFilter | GetDowntimePeriodNoticesFilterParam | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[DowntimePeriodNotice]:
        """Downtime Period Notices / Listing

        Get all Downtime Period Notices

        Args:
            per_page: The numbers of items to return

        ``GET /public-api/resources/downtime-period-notices/v1.0`` (operationId ``getDowntimePeriodNotices``)
        """
        from ..models.downtime_period_notice import DowntimePeriodNotice
        from ..models.get_downtime_period_notices_filter import (
            GetDowntimePeriodNoticesFilter,
        )

        return self._client._paginate(
            OPERATIONS["getDowntimePeriodNotices"],
            DowntimePeriodNotice,
            query={"per_page": per_page, "filter": filter},
            timeout=timeout,
            query_types={"filter": GetDowntimePeriodNoticesFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def patch_downtime_period_notice(
        self,
        notice: int,
        *,
        body: (
            PatchDowntimePeriodNoticeRequest
            | PatchDowntimePeriodNoticeRequestParam
            | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
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
        from ..models.patch_downtime_period_notice_request import (
            PatchDowntimePeriodNoticeRequest,
        )

        return await self._client._request(
            OPERATIONS["patchDowntimePeriodNotice"],
            DowntimePeriodNotice,
            path={"notice": notice},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=PatchDowntimePeriodNoticeRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def post_downtime_period_notice(
        self,
        *,
        body: (
            PostDowntimePeriodNoticeRequest
            | PostDowntimePeriodNoticeRequestParam
            | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> DowntimePeriodNotice:
        """Downtime Period Notices / Create

        Create Downtime Period Notice

        Args:
            body: the request body (optional); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/downtime-period-notices/v1.0`` (operationId ``postDowntimePeriodNotice``)
        """
        from ..models.downtime_period_notice import DowntimePeriodNotice
        from ..models.post_downtime_period_notice_request import (
            PostDowntimePeriodNoticeRequest,
        )

        return await self._client._request(
            OPERATIONS["postDowntimePeriodNotice"],
            DowntimePeriodNotice,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=PostDowntimePeriodNoticeRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class DowntimePeriodNoticesResourceWithRawResponse:
    """``client.with_raw_response.downtime_period_notices`` of the sync client: each call returns an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: DowntimePeriodNoticesResource) -> None:
        self.delete_downtime_period_notice = to_raw(
            resource.delete_downtime_period_notice
        )
        self.get_downtime_period_notice = to_raw(resource.get_downtime_period_notice)
        self.get_downtime_period_notices = to_raw_listing(
            resource.get_downtime_period_notices
        )
        self.patch_downtime_period_notice = to_raw(
            resource.patch_downtime_period_notice
        )
        self.post_downtime_period_notice = to_raw(resource.post_downtime_period_notice)


class AsyncDowntimePeriodNoticesResourceWithRawResponse:
    """``client.with_raw_response.downtime_period_notices`` of the async client: each call gives an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: AsyncDowntimePeriodNoticesResource) -> None:
        self.delete_downtime_period_notice = to_async_raw(
            resource.delete_downtime_period_notice
        )
        self.get_downtime_period_notice = to_async_raw(
            resource.get_downtime_period_notice
        )
        self.get_downtime_period_notices = to_async_raw_listing(
            resource.get_downtime_period_notices
        )
        self.patch_downtime_period_notice = to_async_raw(
            resource.patch_downtime_period_notice
        )
        self.post_downtime_period_notice = to_async_raw(
            resource.post_downtime_period_notice
        )


class DowntimePeriodNoticesResourceWithStreamingResponse:
    """``client.with_streaming_response.downtime_period_notices`` of the sync client: each call returns a manager: ``with`` it for the unread response."""

    def __init__(self, resource: DowntimePeriodNoticesResource) -> None:
        self.delete_downtime_period_notice = to_streamed(
            resource.delete_downtime_period_notice
        )
        self.get_downtime_period_notice = to_streamed(
            resource.get_downtime_period_notice
        )
        self.get_downtime_period_notices = to_streamed_listing(
            resource.get_downtime_period_notices
        )
        self.patch_downtime_period_notice = to_streamed(
            resource.patch_downtime_period_notice
        )
        self.post_downtime_period_notice = to_streamed(
            resource.post_downtime_period_notice
        )


class AsyncDowntimePeriodNoticesResourceWithStreamingResponse:
    """``client.with_streaming_response.downtime_period_notices`` of the async client: each call returns a manager: ``async with`` it for the unread response."""

    def __init__(self, resource: AsyncDowntimePeriodNoticesResource) -> None:
        self.delete_downtime_period_notice = to_async_streamed(
            resource.delete_downtime_period_notice
        )
        self.get_downtime_period_notice = to_async_streamed(
            resource.get_downtime_period_notice
        )
        self.get_downtime_period_notices = to_async_streamed_listing(
            resource.get_downtime_period_notices
        )
        self.patch_downtime_period_notice = to_async_streamed(
            resource.patch_downtime_period_notice
        )
        self.post_downtime_period_notice = to_async_streamed(
            resource.post_downtime_period_notice
        )
