"""A hand-written stand-in for generated code: operations, models, resources, clients.

It mirrors what the generator emits for a few real AMPECO operations, so the runtime is
exercised through exactly the calls generated code makes.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from functools import cached_property
from typing import Any

from pydantic import Field

from runtime.client import AsyncClient, SyncClient
from runtime.models import SDKModel, OpenEnum, OpenIntEnum
from runtime.operation import Operation, Param
from runtime.pagination import AsyncPager, SyncPager
from runtime.types import NOT_GIVEN, NotGiven

TOKEN = "tok-5ecr3t-XYZ"

FILTER = Param("filter", "query", "deepObject")
INCLUDE = Param("include", "query", "deepObject")
PER_PAGE = Param("per_page", "query")
CURSOR = Param("cursor", "query")
PAGE = Param("page", "query")

EVSES_LISTING = Operation(
    operation_id="evsesListing",
    http_method="GET",
    path="/public-api/resources/evses/v2.1",
    resource="evses",
    method="listing",
    deprecated=False,
    summary="EVSEs / Listing",
    params=(FILTER, INCLUDE, PER_PAGE, CURSOR),
    pagination="cursor",
)
EVSES_LISTING_DEPRECATED = Operation(
    operation_id="evsesListingDeprecated",
    http_method="GET",
    path="/public-api/resources/evses/v2.0",
    resource="evses",
    method="listing_deprecated",
    deprecated=True,
    summary="EVSEs / Listing",
    params=(FILTER, PAGE, PER_PAGE, CURSOR),
    pagination="cursor+page",
    replacement="evses.listing",
)
EVSE_READ = Operation(
    operation_id="evseRead",
    http_method="GET",
    path="/public-api/resources/evses/v2.1/{evse}",
    resource="evses",
    method="read",
    deprecated=False,
    summary="EVSE / Read",
    params=(Param("evse", "path", required=True), INCLUDE),
)
EVSE_DELETE = Operation(
    operation_id="evseDelete",
    http_method="DELETE",
    path="/public-api/resources/evses/v2.1/{evse}",
    resource="evses",
    method="delete",
    deprecated=False,
    summary="EVSE / Delete",
    params=(Param("evse", "path", required=True),),
    success_statuses=(204,),
)
SESSIONS_LISTING = Operation(
    operation_id="sessionsListing",
    http_method="GET",
    path="/public-api/resources/sessions/v1.0",
    resource="sessions",
    method="listing",
    deprecated=False,
    summary="Sessions / Listing",
    params=(
        Param("withAuthorization", "query"),
        FILTER,
        PAGE,
        PER_PAGE,
        CURSOR,
        INCLUDE,
    ),
    pagination="page",
)
CHARGE_POINTS_LISTING = Operation(
    operation_id="chargePointsListing",
    http_method="GET",
    path="/public-api/resources/charge-points/v2.0",
    resource="charge_points",
    method="listing",
    deprecated=False,
    summary="Charge Points / Listing",
    params=(FILTER, INCLUDE, PER_PAGE, CURSOR),
    pagination="cursor",
)
START_SESSION = Operation(
    operation_id="chargePointStartChargingSession",
    http_method="POST",
    path="/public-api/actions/charge-point/v1.0/{chargePoint}/start/{evse}",
    resource="charge_points",
    method="start_charging_session",
    deprecated=False,
    summary="Charge Point / Start Charging Session",
    params=(
        Param("chargePoint", "path", required=True),
        Param("evse", "path", required=True),
    ),
    success_statuses=(202,),
    request_content_type="application/json",
)


class EvseStatus(OpenEnum):
    ENABLED = "enabled"
    DISABLED = "disabled"
    OUT_OF_ORDER = "out of order"


class CurrentType(OpenEnum):
    AC = "ac"
    DC = "dc"


class Phases(OpenIntEnum):
    ONE = 1
    THREE = 3


class Connector(SDKModel):
    id: int | None = None
    type: str | None = None


class Evse(SDKModel):
    """An EVSE (one required field, like the real listing item)."""

    charge_point_id: int = Field(alias="chargePointId")
    id: int | None = None
    physical_reference: str | None = Field(default=None, alias="physicalReference")
    status: EvseStatus | None = None
    current_type: CurrentType | None = Field(default=None, alias="currentType")
    phases: Phases | None = None
    connectors: list[Connector] | None = None
    last_updated_at: datetime | None = Field(default=None, alias="lastUpdatedAt")


class Session(SDKModel):
    id: int | None = None
    amount: Decimal | None = None
    started_at: datetime | None = Field(default=None, alias="startedAt")


class ChargePoint(SDKModel):
    id: int | None = None
    name: str | None = None


class StartSessionRequest(SDKModel):
    user_id: int | None = Field(default=None, alias="userId")
    payment_method_id: str | None = Field(default=None, alias="paymentMethodId")
    id_tag: str | None = Field(default=None, alias="idTag")
    max_amount: Decimal | None = Field(default=None, alias="maxAmount")


class StartSessionAccepted(SDKModel):
    success: bool
    session_id: float | None = Field(alias="sessionId")
    authorization_id: float | None = Field(alias="authorizationId")
    message: str | None = None


# -- resources, as the generator writes them ----------------------------------------


class Evses:
    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def listing(
        self,
        *,
        filter: dict[str, Any] | None = None,
        include: list[str] | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
        timeout: float | None | NotGiven = NOT_GIVEN,
    ) -> SyncPager[Evse]:
        return self._client._paginate(
            EVSES_LISTING,
            Evse,
            query={
                "filter": filter,
                "include": include,
                "per_page": per_page,
                "cursor": cursor,
            },
            timeout=timeout,
        )

    def listing_deprecated(
        self, *, page: int | None = None, per_page: int | None = None
    ) -> SyncPager[Evse]:
        return self._client._paginate(
            EVSES_LISTING_DEPRECATED,
            Evse,
            query={"page": page, "per_page": per_page},
        )

    def read(
        self,
        evse: int | str,
        *,
        include: list[str] | None = None,
        timeout: float | None | NotGiven = NOT_GIVEN,
    ) -> Evse:
        return self._client._request(
            EVSE_READ,
            Evse,
            path={"evse": evse},
            query={"include": include},
            unwrap="data",
            timeout=timeout,
        )

    def delete(self, evse: int | str) -> None:
        return self._client._request(EVSE_DELETE, None, path={"evse": evse})


class Sessions:
    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def listing(
        self,
        *,
        with_authorization: bool | None = None,
        filter: dict[str, Any] | None = None,
        page: int | None = None,
        per_page: int | None = None,
    ) -> SyncPager[Session]:
        return self._client._paginate(
            SESSIONS_LISTING,
            Session,
            query={
                "withAuthorization": with_authorization,
                "filter": filter,
                "page": page,
                "per_page": per_page,
            },
        )


class ChargePoints:
    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def listing(self, *, per_page: int | None = None) -> SyncPager[ChargePoint]:
        return self._client._paginate(
            CHARGE_POINTS_LISTING, ChargePoint, query={"per_page": per_page}
        )

    def start_charging_session(
        self,
        charge_point: int | str,
        evse: int | str,
        *,
        body: StartSessionRequest | dict[str, Any] | NotGiven = NOT_GIVEN,
        timeout: float | None | NotGiven = NOT_GIVEN,
    ) -> StartSessionAccepted:
        return self._client._request(
            START_SESSION,
            StartSessionAccepted,
            path={"chargePoint": charge_point, "evse": evse},
            body=body,
            timeout=timeout,
        )


class FakeAmpeco(SyncClient):
    _sdk_name = "ampeco"
    _api_name = "AMPECO API"
    _base_url_env = "AMPECO_BASE_URL"
    _api_token_env = "AMPECO_API_TOKEN"
    _log_env = "AMPECO_LOG"
    _sdk_version = "1.2.3"
    _api_version = "3.110.0"

    @cached_property
    def evses(self) -> Evses:
        return Evses(self)

    @cached_property
    def sessions(self) -> Sessions:
        return Sessions(self)

    @cached_property
    def charge_points(self) -> ChargePoints:
        return ChargePoints(self)


class AsyncEvses:
    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    def listing(
        self,
        *,
        filter: dict[str, Any] | None = None,
        include: list[str] | None = None,
        per_page: int | None = None,
        cursor: str | None = None,
    ) -> AsyncPager[Evse]:
        return self._client._paginate(
            EVSES_LISTING,
            Evse,
            query={
                "filter": filter,
                "include": include,
                "per_page": per_page,
                "cursor": cursor,
            },
        )

    def listing_deprecated(self, *, page: int | None = None) -> AsyncPager[Evse]:
        return self._client._paginate(
            EVSES_LISTING_DEPRECATED, Evse, query={"page": page}
        )

    async def read(
        self,
        evse: int | str,
        *,
        include: list[str] | None = None,
        timeout: float | None | NotGiven = NOT_GIVEN,
    ) -> Evse:
        return await self._client._request(
            EVSE_READ,
            Evse,
            path={"evse": evse},
            query={"include": include},
            unwrap="data",
            timeout=timeout,
        )

    async def delete(self, evse: int | str) -> None:
        return await self._client._request(EVSE_DELETE, None, path={"evse": evse})


class AsyncSessions:
    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    def listing(
        self, *, filter: dict[str, Any] | None = None, per_page: int | None = None
    ) -> AsyncPager[Session]:
        return self._client._paginate(
            SESSIONS_LISTING,
            Session,
            query={"filter": filter, "per_page": per_page},
        )


class AsyncChargePoints:
    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def start_charging_session(
        self,
        charge_point: int | str,
        evse: int | str,
        *,
        body: StartSessionRequest | dict[str, Any] | NotGiven = NOT_GIVEN,
        timeout: float | None | NotGiven = NOT_GIVEN,
    ) -> StartSessionAccepted:
        return await self._client._request(
            START_SESSION,
            StartSessionAccepted,
            path={"chargePoint": charge_point, "evse": evse},
            body=body,
            timeout=timeout,
        )


class AsyncFakeAmpeco(AsyncClient):
    _sdk_name = "ampeco"
    _api_name = "AMPECO API"
    _base_url_env = "AMPECO_BASE_URL"
    _api_token_env = "AMPECO_API_TOKEN"
    _log_env = "AMPECO_LOG"
    _sdk_version = "1.2.3"
    _api_version = "3.110.0"

    @cached_property
    def evses(self) -> AsyncEvses:
        return AsyncEvses(self)

    @cached_property
    def sessions(self) -> AsyncSessions:
        return AsyncSessions(self)

    @cached_property
    def charge_points(self) -> AsyncChargePoints:
        return AsyncChargePoints(self)


def evse_json(n: int, **extra: Any) -> dict[str, Any]:
    """One EVSE as AMPECO sends it."""
    return {
        "chargePointId": 100 + n,
        "id": n,
        "physicalReference": f"EVSE-{n}",
        "status": "enabled",
        "currentType": "ac",
        "lastUpdatedAt": "2024-05-01T10:00:00+00:00",
        **extra,
    }


# -- response bodies and paths used by the client tests ------------------------------

EVSES = "/public-api/resources/evses/v2.1"
EVSES_V20 = "/public-api/resources/evses/v2.0"
SESSIONS = "/public-api/resources/sessions/v1.0"
START = "/public-api/actions/charge-point/v1.0/42/start/1"


def cursor_page(items: list[Any], next_url: str | None) -> dict[str, Any]:
    return {
        "data": items,
        "links": {"first": None, "last": None, "prev": None, "next": next_url},
        "meta": {"path": "x", "per_page": 2, "next_cursor": None, "prev_cursor": None},
    }


def number_page(items: list[Any], current: int, last: int) -> dict[str, Any]:
    return {
        "data": items,
        "links": {"first": "f", "last": "l", "prev": None, "next": None},
        "meta": {
            "current_page": current,
            "last_page": last,
            "per_page": 2,
            "total": 5,
            "from": 1,
            "to": 2,
            "path": "x",
            "links": [{"url": None, "label": "&laquo; Previous", "active": False}],
        },
    }
