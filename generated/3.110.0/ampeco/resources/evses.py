"""Operations of ``client.evses`` (resource / evses)."""

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
    from ..models.charge_point_evse_update_request import ChargePointEvseUpdateRequest
    from ..models.charge_point_hardware_status_log import ChargePointHardwareStatusLog
    from ..models.charge_point_start_charging_session_request import (
        ChargePointStartChargingSessionRequest,
    )
    from ..models.charge_point_start_charging_session_response import (
        ChargePointStartChargingSessionResponse,
    )
    from ..models.charge_point_trigger_message_charge_point_request import (
        ChargePointTriggerMessageChargePointRequest,
    )
    from ..models.custom_fees_listing_filter import CustomFeesListingFilter
    from ..models.evse import Evse
    from ..models.evse_bulk_assign_tariff_groups_request import (
        EvseBulkAssignTariffGroupsRequest,
    )
    from ..models.evse_create_request import EvseCreateRequest
    from ..models.evse_delete_include_item import EvseDeleteIncludeItem
    from ..models.evse_deprecated import EvseDeprecated
    from ..models.evse_update_deprecated_request import EvseUpdateDeprecatedRequest
    from ..models.evses_listing_deprecated_filter import EvsesListingDeprecatedFilter
    from ..models.evses_listing_filter import EvsesListingFilter
    from ..params import (
        ChargePointEvseUpdateRequestParam,
        ChargePointStartChargingSessionRequestParam,
        ChargePointTriggerMessageChargePointRequestParam,
        CustomFeesListingFilterParam,
        EvseBulkAssignTariffGroupsRequestParam,
        EvseCreateRequestParam,
        EvseDeleteIncludeItemLiteral,
        EvseUpdateDeprecatedRequestParam,
        EvsesListingDeprecatedFilterParam,
        EvsesListingFilterParam,
    )

__all__ = [
    "AsyncEvsesResource",
    "AsyncEvsesResourceWithRawResponse",
    "AsyncEvsesResourceWithStreamingResponse",
    "EvsesResource",
    "EvsesResourceWithRawResponse",
    "EvsesResourceWithStreamingResponse",
]


class EvsesResource:
    """Synchronous operations of resource / evses."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def bulk_assign_tariff_groups(
        self,
        *,
        body: (
            EvseBulkAssignTariffGroupsRequest | EvseBulkAssignTariffGroupsRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """EVSEs / Bulk Assign Tariff Groups

        Bulk assign tariff groups for multiple EVSEs. This action allows you to assign or unassign tariff groups
        to multiple EVSEs at once, filtered by location, partner, evses and tariff groups.

        The update is processed synchronously and there is a limit of max 1000 EVSEs per request.


        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/evse/v1.0/bulk-assign-tariff-group`` (operationId ``evseBulkAssignTariffGroups``)
        """
        from ..models.evse_bulk_assign_tariff_groups_request import (
            EvseBulkAssignTariffGroupsRequest,
        )

        return self._client._request(
            OPERATIONS["evseBulkAssignTariffGroups"],
            None,
            body=body,
            timeout=timeout,
            body_type=EvseBulkAssignTariffGroupsRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def create(
        self,
        *,
        body: EvseCreateRequest | EvseCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Evse:
        """EVSE / Create

        Create new EVSE

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/evses/v2.1`` (operationId ``evseCreate``)
        """
        from ..models.evse import Evse
        from ..models.evse_create_request import EvseCreateRequest

        return self._client._request(
            OPERATIONS["evseCreate"],
            Evse,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=EvseCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def delete(
        self,
        evse: int,
        *,
        include: (
            Sequence[EvseDeleteIncludeItem | EvseDeleteIncludeItemLiteral] | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """EVSE / Delete

        Delete an EVSE

        Args:
            evse: the evse path parameter

        ``DELETE /public-api/resources/evses/v2.1/{evse}`` (operationId ``evseDelete``)
        """
        return self._client._request(
            OPERATIONS["evseDelete"],
            None,
            path={"evse": evse},
            query={"include": include},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def get_evse_latest_hardware_status_log(
        self,
        evse: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointHardwareStatusLog:
        """EVSE / Latest Hardware Status Log

        Get the latest hardware status log entry for an EVSE

        Args:
            evse: The unique ID of the EVSE

        ``GET /public-api/resources/evses/v2.0/{evse}/latest-hardware-status-log`` (operationId ``getEvseLatestHardwareStatusLog``)
        """
        from ..models.charge_point_hardware_status_log import (
            ChargePointHardwareStatusLog,
        )

        return self._client._request(
            OPERATIONS["getEvseLatestHardwareStatusLog"],
            ChargePointHardwareStatusLog,
            path={"evse": evse},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def list_evse_hardware_status_logs(
        self,
        evse: int,
        *,
        filter: CustomFeesListingFilter | CustomFeesListingFilterParam | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[ChargePointHardwareStatusLog]:
        """EVSE / Hardware Status Logs / Listing

        Get paginated list of hardware status logs for an EVSE with optional date filtering

        Args:
            evse: The unique ID of the EVSE
            filter: Filter options for status logs
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.

        ``GET /public-api/resources/evses/v2.0/{evse}/hardware-status-logs`` (operationId ``listEvseHardwareStatusLogs``)
        """
        from ..models.charge_point_hardware_status_log import (
            ChargePointHardwareStatusLog,
        )
        from ..models.custom_fees_listing_filter import CustomFeesListingFilter

        return self._client._paginate(
            OPERATIONS["listEvseHardwareStatusLogs"],
            ChargePointHardwareStatusLog,
            path={"evse": evse},
            query={"filter": filter, "per_page": per_page, "cursor": cursor},
            timeout=timeout,
            query_types={"filter": CustomFeesListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def listing(
        self,
        *,
        filter: EvsesListingFilter | EvsesListingFilterParam | None = None,
        include: (
            Sequence[EvseDeleteIncludeItem | EvseDeleteIncludeItemLiteral] | None
        ) = None,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[Evse]:
        """EVSEs / Listing

        Get all EVSEs

        Args:
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.

        ``GET /public-api/resources/evses/v2.1`` (operationId ``evsesListing``)
        """
        from ..models.evse import Evse
        from ..models.evses_listing_filter import EvsesListingFilter

        return self._client._paginate(
            OPERATIONS["evsesListing"],
            Evse,
            query={
                "filter": filter,
                "include": include,
                "per_page": per_page,
                "cursor": cursor,
            },
            timeout=timeout,
            query_types={"filter": EvsesListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def listing_deprecated(
        self,
        *,
        filter: (
            EvsesListingDeprecatedFilter | EvsesListingDeprecatedFilterParam | None
        ) = None,
        page: int | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[EvseDeprecated]:
        """EVSEs / Listing

        Get all EVSEs

        Deprecated. Use ``client.evses.listing()`` instead.

        Args:
            page: The page number to fetch (defaults to 1). Not used in cursor pagination.
            per_page: The numbers of items to return. Used in both page and cursor pagination to declare the page size.
            cursor: The cursor to fetch the next page. Set it to empty in order to engage the cursor pagination that has more performance but requires you to get each pages response before you can move on to the next page. for example `?cursor`

        ``GET /public-api/resources/evses/v2.0`` (operationId ``evsesListingDeprecated``)
        """
        from ..models.evse_deprecated import EvseDeprecated
        from ..models.evses_listing_deprecated_filter import (
            EvsesListingDeprecatedFilter,
        )

        return self._client._paginate(
            OPERATIONS["evsesListingDeprecated"],
            EvseDeprecated,
            query={
                "filter": filter,
                "page": page,
                "per_page": per_page,
                "cursor": cursor,
            },
            timeout=timeout,
            query_types={"filter": EvsesListingDeprecatedFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def read(
        self,
        evse: int,
        *,
        include: (
            Sequence[EvseDeleteIncludeItem | EvseDeleteIncludeItemLiteral] | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Evse:
        """EVSE / Read

        Get an EVSE

        Args:
            evse: the evse path parameter

        ``GET /public-api/resources/evses/v2.1/{evse}`` (operationId ``evseRead``)
        """
        from ..models.evse import Evse

        return self._client._request(
            OPERATIONS["evseRead"],
            Evse,
            path={"evse": evse},
            query={"include": include},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def read_deprecated(
        self,
        evse: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> EvseDeprecated:
        """EVSE / Read

        Get a EVSE

        Deprecated. Use ``client.evses.read()`` instead.

        Args:
            evse: the evse path parameter

        ``GET /public-api/resources/evses/v2.0/{evse}`` (operationId ``evseReadDeprecated``)
        """
        from ..models.evse_deprecated import EvseDeprecated

        return self._client._request(
            OPERATIONS["evseReadDeprecated"],
            EvseDeprecated,
            path={"evse": evse},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def start_charging_with_evse_id(
        self,
        evse: int,
        *,
        body: (
            ChargePointStartChargingSessionRequest
            | ChargePointStartChargingSessionRequestParam
            | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointStartChargingSessionResponse:
        """EVSE / Start Charging with EVSE ID

        Start a charging session

        Args:
            evse: The ID of the evse to start a session on
            body: the request body (optional); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/evse/v1.0/{evse}/start`` (operationId ``evseStartChargingWithEvseId``)
        """
        from ..models.charge_point_start_charging_session_request import (
            ChargePointStartChargingSessionRequest,
        )
        from ..models.charge_point_start_charging_session_response import (
            ChargePointStartChargingSessionResponse,
        )

        return self._client._request(
            OPERATIONS["evseStartChargingWithEvseId"],
            ChargePointStartChargingSessionResponse,
            path={"evse": evse},
            body=body,
            timeout=timeout,
            body_type=ChargePointStartChargingSessionRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def trigger_message(
        self,
        evse: int,
        *,
        body: (
            ChargePointTriggerMessageChargePointRequest
            | ChargePointTriggerMessageChargePointRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """EVSE / Trigger Message

        Trigger message to given EVSE

        Args:
            evse: the evse path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/evse/v1.0/{evse}/trigger-message`` (operationId ``evseTriggerMessage``)
        """
        from ..models.charge_point_trigger_message_charge_point_request import (
            ChargePointTriggerMessageChargePointRequest,
        )

        return self._client._request(
            OPERATIONS["evseTriggerMessage"],
            None,
            path={"evse": evse},
            body=body,
            timeout=timeout,
            body_type=ChargePointTriggerMessageChargePointRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def update(
        self,
        evse: int,
        *,
        body: ChargePointEvseUpdateRequest | ChargePointEvseUpdateRequestParam,
        include: (
            Sequence[EvseDeleteIncludeItem | EvseDeleteIncludeItemLiteral] | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Evse:
        """EVSE / Update

        Update an EVSE

        Args:
            evse: the evse path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/evses/v2.1/{evse}`` (operationId ``evseUpdate``)
        """
        from ..models.charge_point_evse_update_request import (
            ChargePointEvseUpdateRequest,
        )
        from ..models.evse import Evse

        return self._client._request(
            OPERATIONS["evseUpdate"],
            Evse,
            path={"evse": evse},
            query={"include": include},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=ChargePointEvseUpdateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def update_deprecated(
        self,
        evse: int,
        *,
        body: EvseUpdateDeprecatedRequest | EvseUpdateDeprecatedRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> EvseDeprecated:
        """EVSE / Update

        Update a EVSE

        Deprecated. Use ``client.evses.update()`` instead.

        Args:
            evse: the evse path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PUT /public-api/resources/evses/v2.0/{evse}`` (operationId ``evseUpdateDeprecated``)
        """
        from ..models.evse_deprecated import EvseDeprecated
        from ..models.evse_update_deprecated_request import EvseUpdateDeprecatedRequest

        return self._client._request(
            OPERATIONS["evseUpdateDeprecated"],
            EvseDeprecated,
            path={"evse": evse},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=EvseUpdateDeprecatedRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class AsyncEvsesResource:
    """Asynchronous operations of resource / evses."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def bulk_assign_tariff_groups(
        self,
        *,
        body: (
            EvseBulkAssignTariffGroupsRequest | EvseBulkAssignTariffGroupsRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """EVSEs / Bulk Assign Tariff Groups

        Bulk assign tariff groups for multiple EVSEs. This action allows you to assign or unassign tariff groups
        to multiple EVSEs at once, filtered by location, partner, evses and tariff groups.

        The update is processed synchronously and there is a limit of max 1000 EVSEs per request.


        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/evse/v1.0/bulk-assign-tariff-group`` (operationId ``evseBulkAssignTariffGroups``)
        """
        from ..models.evse_bulk_assign_tariff_groups_request import (
            EvseBulkAssignTariffGroupsRequest,
        )

        return await self._client._request(
            OPERATIONS["evseBulkAssignTariffGroups"],
            None,
            body=body,
            timeout=timeout,
            body_type=EvseBulkAssignTariffGroupsRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def create(
        self,
        *,
        body: EvseCreateRequest | EvseCreateRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Evse:
        """EVSE / Create

        Create new EVSE

        Args:
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/resources/evses/v2.1`` (operationId ``evseCreate``)
        """
        from ..models.evse import Evse
        from ..models.evse_create_request import EvseCreateRequest

        return await self._client._request(
            OPERATIONS["evseCreate"],
            Evse,
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=EvseCreateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def delete(
        self,
        evse: int,
        *,
        include: (
            Sequence[EvseDeleteIncludeItem | EvseDeleteIncludeItemLiteral] | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """EVSE / Delete

        Delete an EVSE

        Args:
            evse: the evse path parameter

        ``DELETE /public-api/resources/evses/v2.1/{evse}`` (operationId ``evseDelete``)
        """
        return await self._client._request(
            OPERATIONS["evseDelete"],
            None,
            path={"evse": evse},
            query={"include": include},
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def get_evse_latest_hardware_status_log(
        self,
        evse: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointHardwareStatusLog:
        """EVSE / Latest Hardware Status Log

        Get the latest hardware status log entry for an EVSE

        Args:
            evse: The unique ID of the EVSE

        ``GET /public-api/resources/evses/v2.0/{evse}/latest-hardware-status-log`` (operationId ``getEvseLatestHardwareStatusLog``)
        """
        from ..models.charge_point_hardware_status_log import (
            ChargePointHardwareStatusLog,
        )

        return await self._client._request(
            OPERATIONS["getEvseLatestHardwareStatusLog"],
            ChargePointHardwareStatusLog,
            path={"evse": evse},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def list_evse_hardware_status_logs(
        self,
        evse: int,
        *,
        filter: CustomFeesListingFilter | CustomFeesListingFilterParam | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[ChargePointHardwareStatusLog]:
        """EVSE / Hardware Status Logs / Listing

        Get paginated list of hardware status logs for an EVSE with optional date filtering

        Args:
            evse: The unique ID of the EVSE
            filter: Filter options for status logs
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.

        ``GET /public-api/resources/evses/v2.0/{evse}/hardware-status-logs`` (operationId ``listEvseHardwareStatusLogs``)
        """
        from ..models.charge_point_hardware_status_log import (
            ChargePointHardwareStatusLog,
        )
        from ..models.custom_fees_listing_filter import CustomFeesListingFilter

        return self._client._paginate(
            OPERATIONS["listEvseHardwareStatusLogs"],
            ChargePointHardwareStatusLog,
            path={"evse": evse},
            query={"filter": filter, "per_page": per_page, "cursor": cursor},
            timeout=timeout,
            query_types={"filter": CustomFeesListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def listing(
        self,
        *,
        filter: EvsesListingFilter | EvsesListingFilterParam | None = None,
        include: (
            Sequence[EvseDeleteIncludeItem | EvseDeleteIncludeItemLiteral] | None
        ) = None,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[Evse]:
        """EVSEs / Listing

        Get all EVSEs

        Args:
            per_page: The numbers of items to return
            cursor: The cursor to fetch the next page. Do not pass this directly. It will be populated by using the previous responses links.next.

        ``GET /public-api/resources/evses/v2.1`` (operationId ``evsesListing``)
        """
        from ..models.evse import Evse
        from ..models.evses_listing_filter import EvsesListingFilter

        return self._client._paginate(
            OPERATIONS["evsesListing"],
            Evse,
            query={
                "filter": filter,
                "include": include,
                "per_page": per_page,
                "cursor": cursor,
            },
            timeout=timeout,
            query_types={"filter": EvsesListingFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def listing_deprecated(
        self,
        *,
        filter: (
            EvsesListingDeprecatedFilter | EvsesListingDeprecatedFilterParam | None
        ) = None,
        page: int | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> AsyncPager[EvseDeprecated]:
        """EVSEs / Listing

        Get all EVSEs

        Deprecated. Use ``client.evses.listing()`` instead.

        Args:
            page: The page number to fetch (defaults to 1). Not used in cursor pagination.
            per_page: The numbers of items to return. Used in both page and cursor pagination to declare the page size.
            cursor: The cursor to fetch the next page. Set it to empty in order to engage the cursor pagination that has more performance but requires you to get each pages response before you can move on to the next page. for example `?cursor`

        ``GET /public-api/resources/evses/v2.0`` (operationId ``evsesListingDeprecated``)
        """
        from ..models.evse_deprecated import EvseDeprecated
        from ..models.evses_listing_deprecated_filter import (
            EvsesListingDeprecatedFilter,
        )

        return self._client._paginate(
            OPERATIONS["evsesListingDeprecated"],
            EvseDeprecated,
            query={
                "filter": filter,
                "page": page,
                "per_page": per_page,
                "cursor": cursor,
            },
            timeout=timeout,
            query_types={"filter": EvsesListingDeprecatedFilter},
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def read(
        self,
        evse: int,
        *,
        include: (
            Sequence[EvseDeleteIncludeItem | EvseDeleteIncludeItemLiteral] | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Evse:
        """EVSE / Read

        Get an EVSE

        Args:
            evse: the evse path parameter

        ``GET /public-api/resources/evses/v2.1/{evse}`` (operationId ``evseRead``)
        """
        from ..models.evse import Evse

        return await self._client._request(
            OPERATIONS["evseRead"],
            Evse,
            path={"evse": evse},
            query={"include": include},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def read_deprecated(
        self,
        evse: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> EvseDeprecated:
        """EVSE / Read

        Get a EVSE

        Deprecated. Use ``client.evses.read()`` instead.

        Args:
            evse: the evse path parameter

        ``GET /public-api/resources/evses/v2.0/{evse}`` (operationId ``evseReadDeprecated``)
        """
        from ..models.evse_deprecated import EvseDeprecated

        return await self._client._request(
            OPERATIONS["evseReadDeprecated"],
            EvseDeprecated,
            path={"evse": evse},
            unwrap="data",
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    async def start_charging_with_evse_id(
        self,
        evse: int,
        *,
        body: (
            ChargePointStartChargingSessionRequest
            | ChargePointStartChargingSessionRequestParam
            | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> ChargePointStartChargingSessionResponse:
        """EVSE / Start Charging with EVSE ID

        Start a charging session

        Args:
            evse: The ID of the evse to start a session on
            body: the request body (optional); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/evse/v1.0/{evse}/start`` (operationId ``evseStartChargingWithEvseId``)
        """
        from ..models.charge_point_start_charging_session_request import (
            ChargePointStartChargingSessionRequest,
        )
        from ..models.charge_point_start_charging_session_response import (
            ChargePointStartChargingSessionResponse,
        )

        return await self._client._request(
            OPERATIONS["evseStartChargingWithEvseId"],
            ChargePointStartChargingSessionResponse,
            path={"evse": evse},
            body=body,
            timeout=timeout,
            body_type=ChargePointStartChargingSessionRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def trigger_message(
        self,
        evse: int,
        *,
        body: (
            ChargePointTriggerMessageChargePointRequest
            | ChargePointTriggerMessageChargePointRequestParam
        ),
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """EVSE / Trigger Message

        Trigger message to given EVSE

        Args:
            evse: the evse path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``POST /public-api/actions/evse/v1.0/{evse}/trigger-message`` (operationId ``evseTriggerMessage``)
        """
        from ..models.charge_point_trigger_message_charge_point_request import (
            ChargePointTriggerMessageChargePointRequest,
        )

        return await self._client._request(
            OPERATIONS["evseTriggerMessage"],
            None,
            path={"evse": evse},
            body=body,
            timeout=timeout,
            body_type=ChargePointTriggerMessageChargePointRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def update(
        self,
        evse: int,
        *,
        body: ChargePointEvseUpdateRequest | ChargePointEvseUpdateRequestParam,
        include: (
            Sequence[EvseDeleteIncludeItem | EvseDeleteIncludeItemLiteral] | None
        ) = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> Evse:
        """EVSE / Update

        Update an EVSE

        Args:
            evse: the evse path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PATCH /public-api/resources/evses/v2.1/{evse}`` (operationId ``evseUpdate``)
        """
        from ..models.charge_point_evse_update_request import (
            ChargePointEvseUpdateRequest,
        )
        from ..models.evse import Evse

        return await self._client._request(
            OPERATIONS["evseUpdate"],
            Evse,
            path={"evse": evse},
            query={"include": include},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=ChargePointEvseUpdateRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def update_deprecated(
        self,
        evse: int,
        *,
        body: EvseUpdateDeprecatedRequest | EvseUpdateDeprecatedRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> EvseDeprecated:
        """EVSE / Update

        Update a EVSE

        Deprecated. Use ``client.evses.update()`` instead.

        Args:
            evse: the evse path parameter
            body: the request body (required); a model or a mapping with the API's camelCase keys

        ``PUT /public-api/resources/evses/v2.0/{evse}`` (operationId ``evseUpdateDeprecated``)
        """
        from ..models.evse_deprecated import EvseDeprecated
        from ..models.evse_update_deprecated_request import EvseUpdateDeprecatedRequest

        return await self._client._request(
            OPERATIONS["evseUpdateDeprecated"],
            EvseDeprecated,
            path={"evse": evse},
            body=body,
            unwrap="data",
            timeout=timeout,
            body_type=EvseUpdateDeprecatedRequest,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class EvsesResourceWithRawResponse:
    """``client.with_raw_response.evses`` of the sync client: each call returns an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: EvsesResource) -> None:
        self.bulk_assign_tariff_groups = to_raw(resource.bulk_assign_tariff_groups)
        self.create = to_raw(resource.create)
        self.delete = to_raw(resource.delete)
        self.get_evse_latest_hardware_status_log = to_raw(
            resource.get_evse_latest_hardware_status_log
        )
        self.list_evse_hardware_status_logs = to_raw_listing(
            resource.list_evse_hardware_status_logs
        )
        self.listing = to_raw_listing(resource.listing)
        self.listing_deprecated = to_raw_listing(resource.listing_deprecated)
        self.read = to_raw(resource.read)
        self.read_deprecated = to_raw(resource.read_deprecated)
        self.start_charging_with_evse_id = to_raw(resource.start_charging_with_evse_id)
        self.trigger_message = to_raw(resource.trigger_message)
        self.update = to_raw(resource.update)
        self.update_deprecated = to_raw(resource.update_deprecated)


class AsyncEvsesResourceWithRawResponse:
    """``client.with_raw_response.evses`` of the async client: each call gives an ``APIResponse`` (status, headers, ``parse()``)."""

    def __init__(self, resource: AsyncEvsesResource) -> None:
        self.bulk_assign_tariff_groups = to_async_raw(
            resource.bulk_assign_tariff_groups
        )
        self.create = to_async_raw(resource.create)
        self.delete = to_async_raw(resource.delete)
        self.get_evse_latest_hardware_status_log = to_async_raw(
            resource.get_evse_latest_hardware_status_log
        )
        self.list_evse_hardware_status_logs = to_async_raw_listing(
            resource.list_evse_hardware_status_logs
        )
        self.listing = to_async_raw_listing(resource.listing)
        self.listing_deprecated = to_async_raw_listing(resource.listing_deprecated)
        self.read = to_async_raw(resource.read)
        self.read_deprecated = to_async_raw(resource.read_deprecated)
        self.start_charging_with_evse_id = to_async_raw(
            resource.start_charging_with_evse_id
        )
        self.trigger_message = to_async_raw(resource.trigger_message)
        self.update = to_async_raw(resource.update)
        self.update_deprecated = to_async_raw(resource.update_deprecated)


class EvsesResourceWithStreamingResponse:
    """``client.with_streaming_response.evses`` of the sync client: each call returns a manager: ``with`` it for the unread response."""

    def __init__(self, resource: EvsesResource) -> None:
        self.bulk_assign_tariff_groups = to_streamed(resource.bulk_assign_tariff_groups)
        self.create = to_streamed(resource.create)
        self.delete = to_streamed(resource.delete)
        self.get_evse_latest_hardware_status_log = to_streamed(
            resource.get_evse_latest_hardware_status_log
        )
        self.list_evse_hardware_status_logs = to_streamed_listing(
            resource.list_evse_hardware_status_logs
        )
        self.listing = to_streamed_listing(resource.listing)
        self.listing_deprecated = to_streamed_listing(resource.listing_deprecated)
        self.read = to_streamed(resource.read)
        self.read_deprecated = to_streamed(resource.read_deprecated)
        self.start_charging_with_evse_id = to_streamed(
            resource.start_charging_with_evse_id
        )
        self.trigger_message = to_streamed(resource.trigger_message)
        self.update = to_streamed(resource.update)
        self.update_deprecated = to_streamed(resource.update_deprecated)


class AsyncEvsesResourceWithStreamingResponse:
    """``client.with_streaming_response.evses`` of the async client: each call returns a manager: ``async with`` it for the unread response."""

    def __init__(self, resource: AsyncEvsesResource) -> None:
        self.bulk_assign_tariff_groups = to_async_streamed(
            resource.bulk_assign_tariff_groups
        )
        self.create = to_async_streamed(resource.create)
        self.delete = to_async_streamed(resource.delete)
        self.get_evse_latest_hardware_status_log = to_async_streamed(
            resource.get_evse_latest_hardware_status_log
        )
        self.list_evse_hardware_status_logs = to_async_streamed_listing(
            resource.list_evse_hardware_status_logs
        )
        self.listing = to_async_streamed_listing(resource.listing)
        self.listing_deprecated = to_async_streamed_listing(resource.listing_deprecated)
        self.read = to_async_streamed(resource.read)
        self.read_deprecated = to_async_streamed(resource.read_deprecated)
        self.start_charging_with_evse_id = to_async_streamed(
            resource.start_charging_with_evse_id
        )
        self.trigger_message = to_async_streamed(resource.trigger_message)
        self.update = to_async_streamed(resource.update)
        self.update_deprecated = to_async_streamed(resource.update_deprecated)
