"""Operations of ``client.partner_settlement_reports`` (resource / partner settlement reports)."""

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
    from ..models.partner_settlement_report import PartnerSettlementReport
    from ..models.partner_settlement_report_partner_settlement_record import (
        PartnerSettlementReportPartnerSettlementRecord,
    )
    from ..models.partner_settlement_report_partner_settlement_record_create_request import (
        PartnerSettlementReportPartnerSettlementRecordCreateRequest,
    )
    from ..models.partner_settlement_reports_listing_filter import (
        PartnerSettlementReportsListingFilter,
    )
    from ..params import (
        PartnerSettlementReportPartnerSettlementRecordCreateRequestParam,
        PartnerSettlementReportsListingFilterParam,
    )

__all__ = [
    "AsyncPartnerSettlementReportsResource",
    "AsyncPartnerSettlementReportsResourceWithRawResponse",
    "AsyncPartnerSettlementReportsResourceWithStreamingResponse",
    "PartnerSettlementReportsResource",
    "PartnerSettlementReportsResourceWithRawResponse",
    "PartnerSettlementReportsResourceWithStreamingResponse",
]


class PartnerSettlementReportsResource:
    """Synchronous operations of resource / partner settlement reports."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def listing(
        self,
        *,
        filter: (
            PartnerSettlementReportsListingFilter
            | PartnerSettlementReportsListingFilterParam
            | None
        ) = None,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[PartnerSettlementReport]:
        """Partner Settlement Reports / Listing

        Get all Partner Settlement Reports

        Args:
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.

        ``GET /public-api/resources/partner-settlement-reports/v1.0`` (operationId ``partnerSettlementReportsListing``)
        """
        from ..models.partner_settlement_report import PartnerSettlementReport
        from ..models.partner_settlement_reports_listing_filter import (
            PartnerSettlementReportsListingFilter,
        )

        return self._client._paginate(
            OPERATIONS["partnerSettlementReportsListing"],
            PartnerSettlementReport,
            query={"filter": filter, "per_page": per_page, "cursor": cursor},
            timeout=timeout,
            query_types={"filter": PartnerSettlementReportsListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def partner_settlement_record_create(
        self,
        partner_settlement_report: int,
        *,
        body: (
            PartnerSettlementReportPartnerSettlementRecordCreateRequest
            | PartnerSettlementReportPartnerSettlementRecordCreateRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PartnerSettlementReportPartnerSettlementRecord:
        """Partner Settlement Report / Partner Settlement Record / Create

        Create Partner Settlement Record

        Args:
            partner_settlement_report: the partnerSettlementReport path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/partner-settlement-reports/v1.0/{partnerSettlementReport}/records`` (operationId ``partnerSettlementReportPartnerSettlementRecordCreate``)
        """
        from ..models.partner_settlement_report_partner_settlement_record import (
            PartnerSettlementReportPartnerSettlementRecord,
        )
        from ..models.partner_settlement_report_partner_settlement_record_create_request import (
            PartnerSettlementReportPartnerSettlementRecordCreateRequest,
        )

        return self._client._request(
            OPERATIONS["partnerSettlementReportPartnerSettlementRecordCreate"],
            PartnerSettlementReportPartnerSettlementRecord,
            path={"partnerSettlementReport": partner_settlement_report},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=PartnerSettlementReportPartnerSettlementRecordCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def partner_settlement_record_delete(
        self,
        partner_settlement_report: int,
        partner_settlement_record: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Partner Settlement Report / Partner Settlement Record / Delete

        Delete a single Partner Settlement Record

        Args:
            partner_settlement_report: the partnerSettlementReport path parameter
            partner_settlement_record: the PartnerSettlementRecord path parameter

        ``DELETE /public-api/resources/partner-settlement-reports/v1.0/{partnerSettlementReport}/records/{PartnerSettlementRecord}`` (operationId ``partnerSettlementReportPartnerSettlementRecordDelete``)
        """
        return self._client._request(
            OPERATIONS["partnerSettlementReportPartnerSettlementRecordDelete"],
            None,
            path={
                "partnerSettlementReport": partner_settlement_report,
                "PartnerSettlementRecord": partner_settlement_record,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def partner_settlement_record_update(
        self,
        partner_settlement_report: int,
        partner_settlement_record: int,
        *,
        body: (
            PartnerSettlementReportPartnerSettlementRecordCreateRequest
            | PartnerSettlementReportPartnerSettlementRecordCreateRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PartnerSettlementReportPartnerSettlementRecord:
        """Partner Settlement Report / Partner Settlement Record / Update

        Update a single Partner Settlement Record

        Args:
            partner_settlement_report: the partnerSettlementReport path parameter
            partner_settlement_record: the PartnerSettlementRecord path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PUT /public-api/resources/partner-settlement-reports/v1.0/{partnerSettlementReport}/records/{PartnerSettlementRecord}`` (operationId ``partnerSettlementReportPartnerSettlementRecordUpdate``)
        """
        from ..models.partner_settlement_report_partner_settlement_record import (
            PartnerSettlementReportPartnerSettlementRecord,
        )
        from ..models.partner_settlement_report_partner_settlement_record_create_request import (
            PartnerSettlementReportPartnerSettlementRecordCreateRequest,
        )

        return self._client._request(
            OPERATIONS["partnerSettlementReportPartnerSettlementRecordUpdate"],
            PartnerSettlementReportPartnerSettlementRecord,
            path={
                "partnerSettlementReport": partner_settlement_report,
                "PartnerSettlementRecord": partner_settlement_record,
            },
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=PartnerSettlementReportPartnerSettlementRecordCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def partner_settlement_records_listing(
        self,
        partner_settlement_report: int,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[PartnerSettlementReportPartnerSettlementRecord]:
        """Partner Settlement Report / Partner Settlement Records / Listing

        Get all Partner Settlement Records

        Args:
            partner_settlement_report: the partnerSettlementReport path parameter
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.

        ``GET /public-api/resources/partner-settlement-reports/v1.0/{partnerSettlementReport}/records`` (operationId ``partnerSettlementReportPartnerSettlementRecordsListing``)
        """
        from ..models.partner_settlement_report_partner_settlement_record import (
            PartnerSettlementReportPartnerSettlementRecord,
        )

        return self._client._paginate(
            OPERATIONS["partnerSettlementReportPartnerSettlementRecordsListing"],
            PartnerSettlementReportPartnerSettlementRecord,
            path={"partnerSettlementReport": partner_settlement_report},
            query={"per_page": per_page, "cursor": cursor},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def partnert_settlement_report_partner_settlement_record_read(
        self,
        partner_settlement_report: int,
        partner_settlement_record: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PartnerSettlementReportPartnerSettlementRecord:
        """Partner Settlement Report / Partner Settlement Record / Read

        Read Partner Settlement Record

        Args:
            partner_settlement_report: the partnerSettlementReport path parameter
            partner_settlement_record: the PartnerSettlementRecord path parameter

        ``GET /public-api/resources/partner-settlement-reports/v1.0/{partnerSettlementReport}/records/{PartnerSettlementRecord}`` (operationId ``partnertSettlementReportPartnerSettlementRecordRead``)
        """
        from ..models.partner_settlement_report_partner_settlement_record import (
            PartnerSettlementReportPartnerSettlementRecord,
        )

        return self._client._request(
            OPERATIONS["partnertSettlementReportPartnerSettlementRecordRead"],
            PartnerSettlementReportPartnerSettlementRecord,
            path={
                "partnerSettlementReport": partner_settlement_report,
                "PartnerSettlementRecord": partner_settlement_record,
            },
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def read(
        self,
        partner_settlement_report: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PartnerSettlementReport:
        """Partner Settlement Report / Read

        Get a single Partner Settlement Report

        Args:
            partner_settlement_report: the partnerSettlementReport path parameter

        ``GET /public-api/resources/partner-settlement-reports/v1.0/{partnerSettlementReport}`` (operationId ``partnerSettlementReportRead``)
        """
        from ..models.partner_settlement_report import PartnerSettlementReport

        return self._client._request(
            OPERATIONS["partnerSettlementReportRead"],
            PartnerSettlementReport,
            path={"partnerSettlementReport": partner_settlement_report},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class AsyncPartnerSettlementReportsResource:
    """Asynchronous operations of resource / partner settlement reports."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    def listing(
        self,
        *,
        filter: (
            PartnerSettlementReportsListingFilter
            | PartnerSettlementReportsListingFilterParam
            | None
        ) = None,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[PartnerSettlementReport]:
        """Partner Settlement Reports / Listing

        Get all Partner Settlement Reports

        Args:
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.

        ``GET /public-api/resources/partner-settlement-reports/v1.0`` (operationId ``partnerSettlementReportsListing``)
        """
        from ..models.partner_settlement_report import PartnerSettlementReport
        from ..models.partner_settlement_reports_listing_filter import (
            PartnerSettlementReportsListingFilter,
        )

        return self._client._paginate(
            OPERATIONS["partnerSettlementReportsListing"],
            PartnerSettlementReport,
            query={"filter": filter, "per_page": per_page, "cursor": cursor},
            timeout=timeout,
            query_types={"filter": PartnerSettlementReportsListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def partner_settlement_record_create(
        self,
        partner_settlement_report: int,
        *,
        body: (
            PartnerSettlementReportPartnerSettlementRecordCreateRequest
            | PartnerSettlementReportPartnerSettlementRecordCreateRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PartnerSettlementReportPartnerSettlementRecord:
        """Partner Settlement Report / Partner Settlement Record / Create

        Create Partner Settlement Record

        Args:
            partner_settlement_report: the partnerSettlementReport path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/partner-settlement-reports/v1.0/{partnerSettlementReport}/records`` (operationId ``partnerSettlementReportPartnerSettlementRecordCreate``)
        """
        from ..models.partner_settlement_report_partner_settlement_record import (
            PartnerSettlementReportPartnerSettlementRecord,
        )
        from ..models.partner_settlement_report_partner_settlement_record_create_request import (
            PartnerSettlementReportPartnerSettlementRecordCreateRequest,
        )

        return await self._client._request(
            OPERATIONS["partnerSettlementReportPartnerSettlementRecordCreate"],
            PartnerSettlementReportPartnerSettlementRecord,
            path={"partnerSettlementReport": partner_settlement_report},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=PartnerSettlementReportPartnerSettlementRecordCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def partner_settlement_record_delete(
        self,
        partner_settlement_report: int,
        partner_settlement_record: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Partner Settlement Report / Partner Settlement Record / Delete

        Delete a single Partner Settlement Record

        Args:
            partner_settlement_report: the partnerSettlementReport path parameter
            partner_settlement_record: the PartnerSettlementRecord path parameter

        ``DELETE /public-api/resources/partner-settlement-reports/v1.0/{partnerSettlementReport}/records/{PartnerSettlementRecord}`` (operationId ``partnerSettlementReportPartnerSettlementRecordDelete``)
        """
        return await self._client._request(
            OPERATIONS["partnerSettlementReportPartnerSettlementRecordDelete"],
            None,
            path={
                "partnerSettlementReport": partner_settlement_report,
                "PartnerSettlementRecord": partner_settlement_record,
            },
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def partner_settlement_record_update(
        self,
        partner_settlement_report: int,
        partner_settlement_record: int,
        *,
        body: (
            PartnerSettlementReportPartnerSettlementRecordCreateRequest
            | PartnerSettlementReportPartnerSettlementRecordCreateRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PartnerSettlementReportPartnerSettlementRecord:
        """Partner Settlement Report / Partner Settlement Record / Update

        Update a single Partner Settlement Record

        Args:
            partner_settlement_report: the partnerSettlementReport path parameter
            partner_settlement_record: the PartnerSettlementRecord path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PUT /public-api/resources/partner-settlement-reports/v1.0/{partnerSettlementReport}/records/{PartnerSettlementRecord}`` (operationId ``partnerSettlementReportPartnerSettlementRecordUpdate``)
        """
        from ..models.partner_settlement_report_partner_settlement_record import (
            PartnerSettlementReportPartnerSettlementRecord,
        )
        from ..models.partner_settlement_report_partner_settlement_record_create_request import (
            PartnerSettlementReportPartnerSettlementRecordCreateRequest,
        )

        return await self._client._request(
            OPERATIONS["partnerSettlementReportPartnerSettlementRecordUpdate"],
            PartnerSettlementReportPartnerSettlementRecord,
            path={
                "partnerSettlementReport": partner_settlement_report,
                "PartnerSettlementRecord": partner_settlement_record,
            },
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=PartnerSettlementReportPartnerSettlementRecordCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def partner_settlement_records_listing(
        self,
        partner_settlement_report: int,
        *,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[PartnerSettlementReportPartnerSettlementRecord]:
        """Partner Settlement Report / Partner Settlement Records / Listing

        Get all Partner Settlement Records

        Args:
            partner_settlement_report: the partnerSettlementReport path parameter
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.

        ``GET /public-api/resources/partner-settlement-reports/v1.0/{partnerSettlementReport}/records`` (operationId ``partnerSettlementReportPartnerSettlementRecordsListing``)
        """
        from ..models.partner_settlement_report_partner_settlement_record import (
            PartnerSettlementReportPartnerSettlementRecord,
        )

        return self._client._paginate(
            OPERATIONS["partnerSettlementReportPartnerSettlementRecordsListing"],
            PartnerSettlementReportPartnerSettlementRecord,
            path={"partnerSettlementReport": partner_settlement_report},
            query={"per_page": per_page, "cursor": cursor},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def partnert_settlement_report_partner_settlement_record_read(
        self,
        partner_settlement_report: int,
        partner_settlement_record: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PartnerSettlementReportPartnerSettlementRecord:
        """Partner Settlement Report / Partner Settlement Record / Read

        Read Partner Settlement Record

        Args:
            partner_settlement_report: the partnerSettlementReport path parameter
            partner_settlement_record: the PartnerSettlementRecord path parameter

        ``GET /public-api/resources/partner-settlement-reports/v1.0/{partnerSettlementReport}/records/{PartnerSettlementRecord}`` (operationId ``partnertSettlementReportPartnerSettlementRecordRead``)
        """
        from ..models.partner_settlement_report_partner_settlement_record import (
            PartnerSettlementReportPartnerSettlementRecord,
        )

        return await self._client._request(
            OPERATIONS["partnertSettlementReportPartnerSettlementRecordRead"],
            PartnerSettlementReportPartnerSettlementRecord,
            path={
                "partnerSettlementReport": partner_settlement_report,
                "PartnerSettlementRecord": partner_settlement_record,
            },
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def read(
        self,
        partner_settlement_report: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> PartnerSettlementReport:
        """Partner Settlement Report / Read

        Get a single Partner Settlement Report

        Args:
            partner_settlement_report: the partnerSettlementReport path parameter

        ``GET /public-api/resources/partner-settlement-reports/v1.0/{partnerSettlementReport}`` (operationId ``partnerSettlementReportRead``)
        """
        from ..models.partner_settlement_report import PartnerSettlementReport

        return await self._client._request(
            OPERATIONS["partnerSettlementReportRead"],
            PartnerSettlementReport,
            path={"partnerSettlementReport": partner_settlement_report},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )


class PartnerSettlementReportsResourceWithRawResponse:
    """``client.with_raw_response.partner_settlement_reports`` of the sync client: each call returns an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: PartnerSettlementReportsResource) -> None:
        self.listing = to_raw_listing(resource.listing)
        self.partner_settlement_record_create = to_raw(
            resource.partner_settlement_record_create
        )
        self.partner_settlement_record_delete = to_raw(
            resource.partner_settlement_record_delete
        )
        self.partner_settlement_record_update = to_raw(
            resource.partner_settlement_record_update
        )
        self.partner_settlement_records_listing = to_raw_listing(
            resource.partner_settlement_records_listing
        )
        self.partnert_settlement_report_partner_settlement_record_read = to_raw(
            resource.partnert_settlement_report_partner_settlement_record_read
        )
        self.read = to_raw(resource.read)


class AsyncPartnerSettlementReportsResourceWithRawResponse:
    """``client.with_raw_response.partner_settlement_reports`` of the async client: each call gives an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: AsyncPartnerSettlementReportsResource) -> None:
        self.listing = to_async_raw_listing(resource.listing)
        self.partner_settlement_record_create = to_async_raw(
            resource.partner_settlement_record_create
        )
        self.partner_settlement_record_delete = to_async_raw(
            resource.partner_settlement_record_delete
        )
        self.partner_settlement_record_update = to_async_raw(
            resource.partner_settlement_record_update
        )
        self.partner_settlement_records_listing = to_async_raw_listing(
            resource.partner_settlement_records_listing
        )
        self.partnert_settlement_report_partner_settlement_record_read = to_async_raw(
            resource.partnert_settlement_report_partner_settlement_record_read
        )
        self.read = to_async_raw(resource.read)


class PartnerSettlementReportsResourceWithStreamingResponse:
    """``client.with_streaming_response.partner_settlement_reports`` of the sync client: each call returns a manager: ``with`` it for the unread response."""

    def __init__(self, resource: PartnerSettlementReportsResource) -> None:
        self.listing = to_streamed_listing(resource.listing)
        self.partner_settlement_record_create = to_streamed(
            resource.partner_settlement_record_create
        )
        self.partner_settlement_record_delete = to_streamed(
            resource.partner_settlement_record_delete
        )
        self.partner_settlement_record_update = to_streamed(
            resource.partner_settlement_record_update
        )
        self.partner_settlement_records_listing = to_streamed_listing(
            resource.partner_settlement_records_listing
        )
        self.partnert_settlement_report_partner_settlement_record_read = to_streamed(
            resource.partnert_settlement_report_partner_settlement_record_read
        )
        self.read = to_streamed(resource.read)


class AsyncPartnerSettlementReportsResourceWithStreamingResponse:
    """``client.with_streaming_response.partner_settlement_reports`` of the async client: each call returns a manager: ``async with`` it for the unread response."""

    def __init__(self, resource: AsyncPartnerSettlementReportsResource) -> None:
        self.listing = to_async_streamed_listing(resource.listing)
        self.partner_settlement_record_create = to_async_streamed(
            resource.partner_settlement_record_create
        )
        self.partner_settlement_record_delete = to_async_streamed(
            resource.partner_settlement_record_delete
        )
        self.partner_settlement_record_update = to_async_streamed(
            resource.partner_settlement_record_update
        )
        self.partner_settlement_records_listing = to_async_streamed_listing(
            resource.partner_settlement_records_listing
        )
        self.partnert_settlement_report_partner_settlement_record_read = (
            to_async_streamed(
                resource.partnert_settlement_report_partner_settlement_record_read
            )
        )
        self.read = to_async_streamed(resource.read)
