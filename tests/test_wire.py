"""The generated SDK on the wire, over real HTTP on 127.0.0.1, with real AMPECO operations.

Each behaviour runs through the sync client and the async client.
"""

from __future__ import annotations

import asyncio
import json
import warnings
from datetime import datetime, timedelta, timezone
from decimal import Decimal

import pytest

from .runtime.runtime_server import Reply, SleepRecorder

EVSES = "/public-api/resources/evses/v2.1"
SESSIONS = "/public-api/resources/sessions/v1.0"
CHARGE_POINTS = "/public-api/resources/charge-points/v2.0"
START = "/public-api/actions/charge-point/v1.0/42/start/1"


@pytest.fixture(params=["sync", "async"])
def call(request, sdk, server):
    """``call(lambda client: ...)`` runs an SDK call on a sync or an async client.

    For the async client the lambda's result is awaited, and an async pager is drained
    into a list (a sync pager is drained by the test itself with ``list``).
    """
    from ampeco import Ampeco, AsyncAmpeco

    sleeps = SleepRecorder()

    if request.param == "sync":

        def run(fn, **options):
            with Ampeco(base_url=server.url, api_token="tok-123", sleep=sleeps, **options) as client:
                result = fn(client)
                return list(result) if hasattr(result, "first_page") else result

    else:

        async def async_sleep(seconds: float) -> None:
            sleeps(seconds)

        async def main(fn, options):
            async with AsyncAmpeco(base_url=server.url, api_token="tok-123", sleep=async_sleep, **options) as client:
                result = fn(client)
                if hasattr(result, "first_page"):
                    return [item async for item in result]
                return await result

        def run(fn, **options):
            return asyncio.run(main(fn, options))

    run.sleeps = sleeps
    run.mode = request.param
    return run


def page(items, next_url=None, **meta):
    return {"data": items, "links": {"next": next_url}, "meta": meta}


def test_evses_listing_query_string(call, server):
    server.on("GET", EVSES, Reply(body=page([{"id": 1, "chargePointId": 12}])))
    items = call(
        lambda c: c.evses.listing(
            filter={"chargePointId": "12", "roamingOperatorIds": [3], "roaming": False},
            include=["connectors"],
            per_page=50,
        )
    )
    assert [item.id for item in items] == [1]
    assert server.requests[0].decoded_query == (
        "filter[chargePointId]=12&filter[roaming]=false&filter[roamingOperatorIds][]=3&include[]=connectors&per_page=50"
    ) or server.requests[0].decoded_query == (
        "filter[chargePointId]=12&filter[roamingOperatorIds][]=3&filter[roaming]=false&include[]=connectors&per_page=50"
    )


def test_filter_model_with_datetime_and_enum(call, server):
    from ampeco.models import SessionsListingFilter

    server.on("GET", SESSIONS, Reply(body=page([])))
    started = datetime(2024, 5, 1, 8, 30, tzinfo=timezone(timedelta(hours=2)))
    call(lambda c: c.sessions.listing(filter=SessionsListingFilter(charge_point_id="7", started_after=started, status="finished"), per_page=10))
    assert server.requests[0].decoded_query == (
        "filter[chargePointId]=7&filter[startedAfter]=2024-05-01T08:30:00+02:00&filter[status]=finished&per_page=10"
    )
    assert "%5B" in server.requests[0].raw_query and "%2B02%3A00" in server.requests[0].raw_query


def test_charge_points_listing_omits_unset(call, server):
    server.on("GET", CHARGE_POINTS, Reply(body=page([])))
    call(lambda c: c.charge_points.listing(include=["evses", "connectors"], filter=None, cursor=None))
    assert server.requests[0].decoded_query == "include[]=evses&include[]=connectors"


def test_auth_and_user_agent(call, server):
    server.on("GET", EVSES + "/5", Reply(body={"data": {"id": 5, "chargePointId": 1}}))
    evse = call(lambda c: c.evses.read(5))
    assert evse.id == 5 and evse.charge_point_id == 1
    headers = server.requests[0].headers
    assert headers["authorization"] == "Bearer tok-123"
    assert headers["user-agent"].startswith("ampeco/3.110.0 ") and "3.110.0" in headers["user-agent"]


def test_path_parameter_is_encoded_in_its_segment(call, server):
    server.on("GET", "/public-api/resources/charge-points/v2.0/1/configurations/a%2Fb%20c", Reply(body={"data": {}}))
    call(lambda c: c.charge_points.configuration_read(1, "a/b c"))
    assert server.requests[0].raw_path == "/public-api/resources/charge-points/v2.0/1/configurations/a%2Fb%20c"


def test_body_by_alias_only_set_fields_and_explicit_null(call, server):
    from ampeco.models import ChargePointStartChargingSessionRequest

    server.on("POST", START, Reply(status=201, body={"success": True}), Reply(status=201, body={"success": True}))
    call(lambda c: c.charge_points.start_charging_session(42, 1, body=ChargePointStartChargingSessionRequest(user_id=7)))
    call(lambda c: c.charge_points.start_charging_session(42, 1, body={"userId": 7, "idTag": None}))
    assert server.requests[0].json() == {"userId": 7}
    assert server.requests[1].json() == {"userId": 7, "idTag": None}
    assert server.requests[0].headers["content-type"] == "application/json"


def test_decimal_body_is_a_json_number(call, server):
    server.on("POST", "/public-api/actions/users/v1.0/3/add-balance", Reply(status=200, body={}))
    call(lambda c: c.users.add_balance(3, body={"amount": Decimal("10.10"), "reason": "x"}))
    assert b'"amount": 10.10' in server.requests[0].body or b'"amount":10.10' in server.requests[0].body


def test_three_page_cursor_walk(call, server):
    base = server.url + EVSES
    server.on(
        "GET",
        EVSES,
        Reply(body=page([{"id": 1}, {"id": 2}], base + "?cursor=c2&per_page=2")),
        Reply(body=page([{"id": 3}, {"id": 4}], base + "?cursor=c3&per_page=2")),
        Reply(body=page([{"id": 5}])),
    )
    items = call(lambda c: c.evses.listing(per_page=2))
    assert [i.id for i in items] == [1, 2, 3, 4, 5]
    assert [r.decoded_query for r in server.requests] == ["per_page=2", "cursor=c2&per_page=2", "cursor=c3&per_page=2"]


def test_three_page_page_number_walk(call, server):
    path = "/public-api/resources/charge-point-models/v1.0"
    server.on(
        "GET",
        path,
        Reply(body={"data": [{"id": 1}], "links": {}, "meta": {"current_page": 1, "last_page": 3, "per_page": 1}}),
        Reply(body={"data": [{"id": 2}], "links": {}, "meta": {"current_page": 2, "last_page": 3, "per_page": 1}}),
        Reply(body={"data": [{"id": 3}], "links": {}, "meta": {"current_page": 3, "last_page": 3, "per_page": 1}}),
    )
    items = call(lambda c: c.charge_point_models.listing(per_page=1))
    assert [i.id for i in items] == [1, 2, 3]
    assert [r.decoded_query for r in server.requests] == ["per_page=1", "page=2&per_page=1", "page=3&per_page=1"]


def test_cross_host_next_link_refused(call, server):
    from ampeco import UnsafeRedirectError

    server.on("GET", EVSES, Reply(body=page([{"id": 1}], "https://evil.example.com" + EVSES + "?cursor=x")))
    with pytest.raises(UnsafeRedirectError):
        call(lambda c: c.evses.listing())
    assert len(server.requests) == 1


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, "BadRequestError"),
        (401, "AuthenticationError"),
        (403, "PermissionDeniedError"),
        (404, "NotFoundError"),
        (409, "ConflictError"),
        (422, "UnprocessableEntityError"),
        (429, "RateLimitError"),
        (500, "InternalServerError"),
        (503, "InternalServerError"),
    ],
)
def test_error_classes(call, server, status, error):
    import ampeco

    body = {"message": "Nope.", "errors": {"name": ["The name field is required."]}}
    server.on("POST", "/public-api/resources/charge-points/v2.0", Reply(status=status, body=body))
    with pytest.raises(getattr(ampeco, error)) as info:
        call(lambda c: c.charge_points.create(body={"name": "x"}), max_retries=0)
    exc = info.value
    assert isinstance(exc, ampeco.APIStatusError) and isinstance(exc, ampeco.AmpecoError)
    assert exc.status_code == status and exc.message == "Nope." and exc.body == body
    assert exc.request_method == "POST" and exc.request_url.endswith("/public-api/resources/charge-points/v2.0")
    assert "tok-123" not in str(exc) and "tok-123" not in repr(exc)
    if status == 422:
        assert exc.errors == {"name": ["The name field is required."]}


def test_429_with_retry_after_is_retried_once(call, server):
    server.on("GET", EVSES + "/5", Reply(status=429, body={"message": "slow down"}, headers={"Retry-After": "1"}), Reply(body={"data": {"id": 5}}))
    assert call(lambda c: c.evses.read(5)).id == 5
    assert len(server.requests) == 2 and call.sleeps.calls == [1.0]


def test_post_is_not_retried_on_500(call, server):
    from ampeco import InternalServerError

    server.on("POST", START, Reply(status=500, body={"message": "boom"}), Reply(status=201, body={"success": True}))
    with pytest.raises(InternalServerError):
        call(lambda c: c.charge_points.start_charging_session(42, 1, body={"userId": 7}))
    assert len(server.requests) == 1 and call.sleeps.calls == []


def test_get_is_retried_on_503(call, server):
    server.on("GET", EVSES + "/5", Reply(status=503, body={}), Reply(body={"data": {"id": 5}}))
    assert call(lambda c: c.evses.read(5)).id == 5
    assert len(server.requests) == 2 and len(call.sleeps.calls) == 1


def test_forward_compatible_parsing(call, server):
    server.on(
        "GET",
        EVSES + "/5",
        Reply(body={"data": {"id": 5, "chargePointId": 1, "status": "on fire", "brandNewField": {"x": 1}, "currentType": "ac"}}),
    )
    evse = call(lambda c: c.evses.read(5))
    assert evse.status.value == "on fire"
    assert evse.current_type == "ac" and evse.current_type.value == "ac"
    assert evse.brandNewField == {"x": 1}


def test_missing_required_field_still_parses(call, server):
    server.on("GET", EVSES + "/5", Reply(body={"data": {"id": 5}}))  # chargePointId is required
    evse = call(lambda c: c.evses.read(5))
    assert evse.id == 5 and evse.charge_point_id is None


def test_deprecated_operation_warns_with_replacement(call, server):
    server.on("GET", "/public-api/resources/evses/v2.0", Reply(body=page([])))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        call(lambda c: c.evses.listing_deprecated())
    messages = [str(w.message) for w in caught if issubclass(w.category, DeprecationWarning)]
    assert len(messages) == 1 and "evsesListingDeprecated" in messages[0] and "client.evses.listing()" in messages[0]


def test_raw_response_exposes_status_and_rate_limit_headers(sdk, server):
    from ampeco import Ampeco

    server.on("GET", EVSES + "/5", Reply(body={"data": {"id": 5}}, headers={"X-RateLimit-Remaining": "59"}))
    with Ampeco(base_url=server.url, api_token="tok-123") as client:
        raw = client.with_raw_response.evses.read(5)
    assert raw.status_code == 200 and raw.headers["x-ratelimit-remaining"] == "59"
    assert raw.parse().id == 5 and json.loads(raw.content)["data"]["id"] == 5


def test_configuration_from_environment(sdk, server, monkeypatch):
    from ampeco import Ampeco, AmpecoError

    monkeypatch.delenv("AMPECO_BASE_URL", raising=False)
    monkeypatch.delenv("AMPECO_API_TOKEN", raising=False)
    with pytest.raises(AmpecoError) as info:
        Ampeco()
    assert "AMPECO_BASE_URL" in str(info.value) or "base_url" in str(info.value)
    monkeypatch.setenv("AMPECO_BASE_URL", server.url)
    monkeypatch.setenv("AMPECO_API_TOKEN", "env-token")
    server.on("GET", EVSES + "/5", Reply(body={"data": {"id": 5}}))
    with Ampeco() as client:
        assert client.evses.read(5).id == 5
        assert "env-token" not in repr(client)
    assert server.requests[0].headers["authorization"] == "Bearer env-token"
