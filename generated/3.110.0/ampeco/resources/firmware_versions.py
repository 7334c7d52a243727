"""Operations of ``client.firmware_versions`` (resource / firmware versions)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
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
    from ..models.firmware_version import FirmwareVersion
    from ..models.firmware_version_read_include_item import (
        FirmwareVersionReadIncludeItem,
    )
    from ..models.firmware_versions_listing_filter import FirmwareVersionsListingFilter
    from ..params import (
        FirmwareVersionReadIncludeItemLiteral,
        FirmwareVersionsListingFilterParam,
    )

__all__ = [
    "AsyncFirmwareVersionsResource",
    "AsyncFirmwareVersionsResourceWithRawResponse",
    "AsyncFirmwareVersionsResourceWithStreamingResponse",
    "FirmwareVersionsResource",
    "FirmwareVersionsResourceWithRawResponse",
    "FirmwareVersionsResourceWithStreamingResponse",
]


class FirmwareVersionsResource:
    """Synchronous operations of resource / firmware versions."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def attached_models(
        self,
        firmware_version: int,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[int]:
        """Firmware Version / Attached Models

        Get all charge point models attached to this firmware version

        Args:
            firmware_version: The ID of the firmware version
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.

        ``GET /public-api/resources/firmware-versions/v1.0/{firmwareVersion}/attached-models`` (operationId ``firmwareVersionAttachedModels``)
        """
        return self._client._paginate(
            OPERATIONS["firmwareVersionAttachedModels"],
            int,
            path={"firmwareVersion": firmware_version},
            query={"per_page": per_page, "cursor": cursor},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def listing(
        self,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
        filter: (
            FirmwareVersionsListingFilter | FirmwareVersionsListingFilterParam | None
        ) = None,
        include: (
            Sequence[
                FirmwareVersionReadIncludeItem | FirmwareVersionReadIncludeItemLiteral
            ]
            | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[FirmwareVersion]:
        """Firmware Versions / Listing

        Get all Firmware Versions

        Args:
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.
            include: Include related resources. Use 'models' to include compatible charge point models.

        ``GET /public-api/resources/firmware-versions/v1.0`` (operationId ``firmwareVersionsListing``)
        """
        from ..models.firmware_version import FirmwareVersion
        from ..models.firmware_versions_listing_filter import (
            FirmwareVersionsListingFilter,
        )

        return self._client._paginate(
            OPERATIONS["firmwareVersionsListing"],
            FirmwareVersion,
            query={
                "per_page": per_page,
                "cursor": cursor,
                "filter": filter,
                "include": include,
            },
            timeout=timeout,
            query_types={"filter": FirmwareVersionsListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def read(
        self,
        firmware_version: int,
        *,
        include: (
            Sequence[
                FirmwareVersionReadIncludeItem | FirmwareVersionReadIncludeItemLiteral
            ]
            | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> FirmwareVersion:
        """Firmware Version / Read

        Get a Firmware Version

        Args:
            firmware_version: The ID of the firmware version
            include: Include related resources. Use 'models' to include compatible charge point models.

        ``GET /public-api/resources/firmware-versions/v1.0/{firmwareVersion}`` (operationId ``firmwareVersionRead``)
        """
        from ..models.firmware_version import FirmwareVersion

        return self._client._request(
            OPERATIONS["firmwareVersionRead"],
            FirmwareVersion,
            path={"firmwareVersion": firmware_version},
            query={"include": include},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncFirmwareVersionsResource:
    """Asynchronous operations of resource / firmware versions."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    def attached_models(
        self,
        firmware_version: int,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[int]:
        """Firmware Version / Attached Models

        Get all charge point models attached to this firmware version

        Args:
            firmware_version: The ID of the firmware version
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.

        ``GET /public-api/resources/firmware-versions/v1.0/{firmwareVersion}/attached-models`` (operationId ``firmwareVersionAttachedModels``)
        """
        return self._client._paginate(
            OPERATIONS["firmwareVersionAttachedModels"],
            int,
            path={"firmwareVersion": firmware_version},
            query={"per_page": per_page, "cursor": cursor},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def listing(
        self,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
        filter: (
            FirmwareVersionsListingFilter | FirmwareVersionsListingFilterParam | None
        ) = None,
        include: (
            Sequence[
                FirmwareVersionReadIncludeItem | FirmwareVersionReadIncludeItemLiteral
            ]
            | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[FirmwareVersion]:
        """Firmware Versions / Listing

        Get all Firmware Versions

        Args:
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.
            include: Include related resources. Use 'models' to include compatible charge point models.

        ``GET /public-api/resources/firmware-versions/v1.0`` (operationId ``firmwareVersionsListing``)
        """
        from ..models.firmware_version import FirmwareVersion
        from ..models.firmware_versions_listing_filter import (
            FirmwareVersionsListingFilter,
        )

        return self._client._paginate(
            OPERATIONS["firmwareVersionsListing"],
            FirmwareVersion,
            query={
                "per_page": per_page,
                "cursor": cursor,
                "filter": filter,
                "include": include,
            },
            timeout=timeout,
            query_types={"filter": FirmwareVersionsListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def read(
        self,
        firmware_version: int,
        *,
        include: (
            Sequence[
                FirmwareVersionReadIncludeItem | FirmwareVersionReadIncludeItemLiteral
            ]
            | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> FirmwareVersion:
        """Firmware Version / Read

        Get a Firmware Version

        Args:
            firmware_version: The ID of the firmware version
            include: Include related resources. Use 'models' to include compatible charge point models.

        ``GET /public-api/resources/firmware-versions/v1.0/{firmwareVersion}`` (operationId ``firmwareVersionRead``)
        """
        from ..models.firmware_version import FirmwareVersion

        return await self._client._request(
            OPERATIONS["firmwareVersionRead"],
            FirmwareVersion,
            path={"firmwareVersion": firmware_version},
            query={"include": include},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class FirmwareVersionsResourceWithRawResponse:
    """``client.with_raw_response.firmware_versions`` of the sync client: each call returns an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: FirmwareVersionsResource) -> None:
        self.attached_models = to_raw_listing(resource.attached_models)
        self.listing = to_raw_listing(resource.listing)
        self.read = to_raw(resource.read)


class AsyncFirmwareVersionsResourceWithRawResponse:
    """``client.with_raw_response.firmware_versions`` of the async client: each call gives an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: AsyncFirmwareVersionsResource) -> None:
        self.attached_models = to_async_raw_listing(resource.attached_models)
        self.listing = to_async_raw_listing(resource.listing)
        self.read = to_async_raw(resource.read)


class FirmwareVersionsResourceWithStreamingResponse:
    """``client.with_streaming_response.firmware_versions`` of the sync client: each call returns a manager: ``with`` it for the unread response."""

    def __init__(self, resource: FirmwareVersionsResource) -> None:
        self.attached_models = to_streamed_listing(resource.attached_models)
        self.listing = to_streamed_listing(resource.listing)
        self.read = to_streamed(resource.read)


class AsyncFirmwareVersionsResourceWithStreamingResponse:
    """``client.with_streaming_response.firmware_versions`` of the async client: each call returns a manager: ``async with`` it for the unread response."""

    def __init__(self, resource: AsyncFirmwareVersionsResource) -> None:
        self.attached_models = to_async_streamed_listing(resource.attached_models)
        self.listing = to_async_streamed_listing(resource.listing)
        self.read = to_async_streamed(resource.read)
