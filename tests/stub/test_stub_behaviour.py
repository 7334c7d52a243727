"""The stub's behaviour through the generated SDK: state, pagination, validation, auth,
routing, scripting, determinism, and both transports."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from .spec_schema import SpecValidator

CHARGE_POINT = {"name": "Depot 1", "type": "public", "status": "enabled"}
LOCATION = {
    "name": [{"locale": "en", "translation": "Central Garage"}],
    "geoposition": {"latitude": 42.69, "longitude": 23.32},
    "address": [{"locale": "en", "translation": "1 Vitosha Blvd"}],
    "country": "BG",
}


def evse_body(charge_point_id: int, n: int = 1) -> dict[str, Any]:
    return {
        "chargePointId": charge_point_id,
        "physicalReference": f"EVSE-{n}",
        "currentType": "ac",
        "networkId": str(n),
        "status": "enabled",
    }


@pytest.fixture(scope="module")
def validator(gen: Any) -> SpecValidator:
    return SpecValidator(gen.document)


def raw(stub: Any) -> httpx.Client:
    """A plain httpx client on the stub, for requests the SDK would never send."""
    return httpx.Client(base_url="http://stub.local", transport=stub.transport())


AUTH = {"Authorization": "Bearer t"}


# -- state ---------------------------------------------------------------------------------


def test_charge_point_round_trip(gen: Any, stub: Any, client: Any) -> None:
    created = client.charge_points.create(body=CHARGE_POINT)
    assert created.name == "Depot 1" and created.status == "enabled" and created.id == 4  # 3 samples
    assert client.charge_points.read(created.id).name == "Depot 1"
    assert created.id in [cp.id for cp in client.charge_points.listing()]
    updated = client.charge_points.update(created.id, body={"name": "Depot 2", "status": "disabled"})
    assert (updated.name, updated.status, updated.type) == ("Depot 2", "disabled", "public")
    assert client.charge_points.read(created.id).name == "Depot 2"
    # the same record through the deprecated v1.0 endpoints
    assert stub.store.get("resources/charge-points", created.id) == {**CHARGE_POINT, "name": "Depot 2", "status": "disabled"}
    client.charge_points.delete(created.id)
    with pytest.raises(gen.sdk.NotFoundError):
        client.charge_points.read(created.id)
    with pytest.raises(gen.sdk.NotFoundError):
        client.charge_points.delete(created.id)
    assert created.id not in [cp.id for cp in client.charge_points.listing()]


def test_location_round_trip(gen: Any, client: Any) -> None:
    created = client.locations.create(body=LOCATION)
    assert created.country == "BG"
    assert created.geoposition.latitude == 42.69
    assert [t.translation for t in client.locations.read(created.id).name] == ["Central Garage"]
    patched = client.locations.update(created.id, body={"city": "Sofia"})
    assert (patched.city, patched.country, patched.geoposition.longitude) == ("Sofia", "BG", 23.32)  # merged
    client.locations.delete(created.id)
    with pytest.raises(gen.sdk.NotFoundError):
        client.locations.read(created.id)


def test_evse_round_trip_and_filter(gen: Any, stub: Any, client: Any) -> None:
    first = client.evses.create(body=evse_body(900, 1))
    second = client.evses.create(body=evse_body(901, 2))
    assert client.evses.read(first.id).physical_reference == "EVSE-1"
    assert [e.id for e in client.evses.listing(filter={"chargePointId": "901"})] == [second.id]
    assert stub.requests[-1].query_value("filter[chargePointId]") == "901"
    client.evses.update(first.id, body={"status": "out of order"})
    assert client.evses.read(first.id).status == "out of order"
    assert [e.id for e in client.evses.listing(filter={"chargePointId": "900"})] == [first.id]
    # ``roaming`` is an object on an EVSE: that filter cannot be applied, so it is not
    assert len(list(client.evses.listing(filter={"chargePointId": "900", "roaming": False}))) == 1
    # ``status`` is no filter evsesListing declares: the SDK refuses it in ``filter=``,
    # ``extra_query`` still sends it, and the stub ignores it and shows it to the test
    assert len(list(client.evses.listing(filter={"chargePointId": "900"}, extra_query={"filter[status]": "disabled"}))) == 1
    assert stub.requests[-1].unknown_filters == ["status"]
    client.evses.delete(first.id)
    with pytest.raises(gen.sdk.NotFoundError):
        client.evses.read(first.id)


def test_nested_collections_and_string_keys(gen: Any, stub: Any, client: Any) -> None:
    evse = client.charge_points.evse_create(1, body={"networkId": "7", "currentType": "dc", "status": "enabled", "physicalReference": "X"})
    assert client.charge_points.evse_read(1, evse.id).network_id == "7"
    with pytest.raises(gen.sdk.NotFoundError):
        client.charge_points.evse_read(2, evse.id)  # another charge point's evses
    # a string key names a record only once it exists: an unknown one is 404 and the
    # read leaves the store as it was; the sample records read back by their id text;
    # a key the spec's enum lists (OCPP's) always names one, stored once written
    configurations = "resources/charge-points/1/configurations"
    with pytest.raises(gen.sdk.NotFoundError):
        client.charge_points.configuration_read(1, "NoSuchKey")
    assert client.charge_points.configuration_read(1, "HeartbeatInterval") is not None
    assert stub.store.ids(configurations) == [1, 2, 3]
    assert client.charge_points.configuration_read(1, "2") is not None


# -- listings ----------------------------------------------------------------------------------


def test_cursor_pagination_over_250_items(gen: Any) -> None:
    stub = gen.new_stub(seed=1, sample_items=0)
    with gen.client(stub) as client:
        ids = [client.evses.create(body=evse_body(5, n)).id for n in range(250)]
        pager = client.evses.listing()
        pages = list(pager.iter_pages())
    assert [len(p.data) for p in pages] == [100, 100, 50]
    assert [e.id for p in pages for e in p.data] == ids
    first = pages[0]
    assert first.meta.per_page == 100 and first.meta.next_cursor and first.links.next.startswith("http://stub.local/public-api/resources/evses/v2.1?")
    assert "cursor=" in first.links.next
    assert pages[-1].links.next is None and pages[-1].meta.next_cursor is None
    listing_requests = [r for r in stub.requests if r.operation_id == "evsesListing"]
    assert len(listing_requests) == 3 and listing_requests[1].query_value("cursor")


def test_per_page_and_page_numbers(gen: Any, validator: SpecValidator) -> None:
    stub = gen.new_stub(seed=1, sample_items=0)
    for n in range(25):
        stub.store.add("resources/charge-point-models", {"name": f"Model {n}"})
    with gen.client(stub) as client:
        pages = list(client.charge_point_models.listing(per_page=10).iter_pages())
    assert [len(p.data) for p in pages] == [10, 10, 5]
    assert [(p.meta.current_page, p.meta.last_page, p.meta.total) for p in pages] == [(1, 3, 25), (2, 3, 25), (3, 3, 25)]
    assert pages[1].meta.from_ == 11 and pages[1].meta.to == 20
    record = stub.requests[-1]
    assert record.query_value("page") == "3" and record.query_value("per_page") == "10"
    assert validator.response_errors("/public-api/resources/charge-point-models/v1.0", "GET", 200, record.response) == []


def test_per_page_bounds_are_checked(stub: Any) -> None:
    with raw(stub) as http:
        response = http.get("/public-api/resources/evses/v2.1", params={"per_page": "101"}, headers=AUTH)
    assert response.status_code == 422
    assert response.json()["errors"] == {"per_page": ["The per page field must not be greater than 100."]}


# -- validation, auth and routing ----------------------------------------------------------------------


def test_invalid_bodies_answer_422_with_the_laravel_shape(gen: Any, stub: Any, client: Any, validator: SpecValidator) -> None:
    with pytest.raises(gen.sdk.UnprocessableEntityError) as caught:
        client.evses.create(body={"chargePointId": "five", "currentType": "solar", "physicalReference": "X", "status": "enabled"})
    error = caught.value
    assert error.status_code == 422
    assert error.errors == {
        "chargePointId": ["The charge point id field must be an integer."],
        "currentType": ["The selected current type is invalid."],
        "networkId": ["The network id field is required."],
    }
    assert error.body["message"] == "The charge point id field must be an integer. (and 2 more errors)"
    record = stub.requests[-1]
    assert record.status == 422 and record.json["currentType"] == "solar"
    assert validator.response_errors("/public-api/resources/evses/v2.1", "POST", 422, record.response) == []
    with pytest.raises(gen.sdk.UnprocessableEntityError) as caught:
        client.locations.create(body={**LOCATION, "geoposition": {"latitude": 91, "longitude": 0}, "name": "plain"})
    assert caught.value.errors == {
        "name": ["The name field must be an array."],
        "geoposition.latitude": ["The geoposition.latitude field must not be greater than 90."],
    }
    with pytest.raises(gen.sdk.UnprocessableEntityError) as caught:
        client.charge_points.create(body={**CHARGE_POINT, "name": None})
    assert caught.value.errors == {"name": ["The name field is required."]}
    with raw(stub) as http:
        response = http.post("/public-api/resources/charge-points/v2.0", content=b"{not json", headers=AUTH)
        assert response.status_code == 422 and "valid JSON" in response.json()["message"]
        response = http.post("/public-api/resources/charge-points/v2.0", headers=AUTH)  # no body at all
        assert response.status_code == 422
        assert sorted(response.json()["errors"]) == ["name", "status", "type"]


def test_an_unknown_record_answers_404_before_its_body_is_validated(gen: Any) -> None:
    # Laravel binds the route's model (404) before it validates the request (422)
    stub = gen.new_stub()
    invalid = {"name": 7, "status": "sideways"}
    with raw(stub) as http:
        response = http.patch("/public-api/resources/charge-points/v2.0/99", json=invalid, headers=AUTH)
        assert response.status_code == 404 and response.json() == {"message": "Not Found"}
        response = http.patch("/public-api/resources/charge-points/v2.0/99?include[]=nothing", headers=AUTH)
        assert response.status_code == 404  # invalid query, no body: still the record first
        assert stub.store.collections() == []  # the lookup started no collection
        response = http.patch("/public-api/resources/charge-points/v2.0/2", json=invalid, headers=AUTH)
        assert response.status_code == 422 and sorted(response.json()["errors"]) == ["name", "status"]
        assert stub.store.get("resources/charge-points", 2) == {}  # nothing written
        # a key the spec's enum lists always names a record: its invalid body is a 422
        response = http.put("/public-api/resources/electricity-rates/v2.0/1/price-periods/week-day/mon", json={"periods": 5}, headers=AUTH)
        assert response.status_code == 422
        # an override decides for itself: the stub cannot ask it, so the 422 stands
        stub.override("chargePointUpdate", lambda call: call.not_found())
        response = http.patch("/public-api/resources/charge-points/v2.0/99", json=invalid, headers=AUTH)
        assert response.status_code == 422
    assert [r.status for r in stub.requests] == [404, 404, 422, 422, 422]


def test_missing_or_wrong_token_answers_401(gen: Any, stub: Any) -> None:
    with raw(stub) as http:
        for headers in ({}, {"Authorization": "Bearer "}, {"Authorization": "Basic dTpw"}):
            response = http.get("/public-api/resources/evses/v2.1", headers=headers)
            assert response.status_code == 401
            assert response.json() == {"message": "Unauthenticated."}
    locked = gen.new_stub(token="secret")
    with gen.client(locked) as client, pytest.raises(gen.sdk.AuthenticationError):
        client.evses.read(1)
    with gen.sdk.AmpecoStubcheck(base_url="http://stub.local", api_token="secret", transport=locked.transport()) as client:
        assert client.evses.read(1).id == 1


def test_unknown_paths_404_wrong_methods_405_and_typed_path_params(stub: Any) -> None:
    with raw(stub) as http:
        response = http.get("/public-api/resources/nothing/v1.0", headers=AUTH)
        assert response.status_code == 404 and "could not be found" in response.json()["message"]
        response = http.put("/public-api/resources/evses/v2.1", headers=AUTH)
        assert response.status_code == 405
        assert response.headers["allow"] == "GET, POST, HEAD"
        assert http.get("/public-api/resources/evses/v2.1/abc", headers=AUTH).status_code == 404
        assert http.get("/public-api/resources/evses/v2.1/99", headers=AUTH).status_code == 404
        assert http.get("/public-api/resources/evses/v2.1/2", headers=AUTH).status_code == 200
        # a literal segment wins over a parameter: PUT .../custom-tariff-filters/reorder
        response = http.put("/public-api/resources/roaming-operators/v2.0/1/custom-tariff-filters/reorder", json={"ids": [1]}, headers=AUTH)
        assert response.status_code != 405
        # enum path parameters are typed too
        assert http.post("/public-api/actions/charge-point/v1.0/1/reset/sideways", headers=AUTH).status_code == 404


# -- scripting -----------------------------------------------------------------------------------------


def test_scripted_429_is_retried_after_retry_after(gen: Any, stub: Any) -> None:
    sleeps: list[float] = []
    stub.fail_next("evsesListing", times=2, status=429, headers={"Retry-After": "1"})
    with gen.client(stub, sleep=sleeps.append) as client:
        page = client.evses.listing().first_page()
    assert len(page.data) == 3
    assert sleeps == [1.0, 1.0]
    assert [r.status for r in stub.requests] == [429, 429, 200]
    assert stub.requests[0].response == {"message": "Too Many Attempts."}


def test_scripted_failures_surface_as_sdk_errors(gen: Any, stub: Any) -> None:
    stub.fail_next("evseRead", status=503, body={"message": "Maintenance"})
    stub.fail_next("*", status=404)
    with gen.client(stub, max_retries=0) as client:
        with pytest.raises(gen.sdk.InternalServerError) as caught:
            client.evses.read(1)
        assert caught.value.message == "Maintenance"
        with pytest.raises(gen.sdk.NotFoundError):
            client.locations.read(1)
        assert client.locations.read(1).id == 1
    with pytest.raises(KeyError):
        stub.fail_next("noSuchOperation")


def test_latency_and_timeouts(gen: Any, stub: Any) -> None:
    stub.add_latency("evseRead", 0.05)
    with gen.client(stub) as client:
        assert client.evses.read(1).id == 1
    with gen.client(stub, timeout=0.01, max_retries=0) as client, pytest.raises(gen.sdk.APITimeoutError):
        client.evses.read(1)
    stub.add_latency("evseRead", 0)
    with gen.client(stub, timeout=0.01) as client:
        assert client.evses.read(1).id == 1


def test_requests_are_recorded(stub: Any, client: Any) -> None:
    client.evses.listing(include=["connectors"], per_page=5).first_page()
    client.charge_points.create(body=CHARGE_POINT)
    listing, created = stub.requests
    assert (listing.method, listing.path, listing.operation_id, listing.status) == ("GET", "/public-api/resources/evses/v2.1", "evsesListing", 200)
    assert listing.query == {"include[]": ["connectors"], "per_page": ["5"]}
    assert listing.headers["authorization"] == "Bearer test-token"
    assert created.json == CHARGE_POINT and created.status == 201
    assert created.response["data"]["name"] == "Depot 1"


def test_override_answers_with_a_custom_handler(gen: Any, stub: Any, client: Any) -> None:
    reply = gen.stub_module.Reply
    stub.override("evseRead", lambda call: reply(200, {"data": {"id": call.path_params["evse"] * 10, "status": "enabled"}}))
    assert client.evses.read(4).id == 40
    stub.override("evseRead", None)
    assert client.evses.read(1).id == 1
    stub.override("evseRead", lambda call: 1 / 0)
    with pytest.raises(gen.sdk.InternalServerError):
        client.with_options(max_retries=0).evses.read(1)
    assert stub.requests[-1].status == 500 and isinstance(stub.requests[-1].error, ZeroDivisionError)


# -- determinism ---------------------------------------------------------------------------------------


def test_same_seed_same_data_other_seed_other_data(gen: Any) -> None:
    def snapshot(seed: int) -> list[Any]:
        stub = gen.new_stub(seed=seed)
        with gen.client(stub) as client:
            client.charge_points.read(2)
            client.sessions.listing().first_page()
            client.charge_points.start_charging_session(1, 1, body=stub.sample_body("chargePointStartChargingSession"))
        return [r.response for r in stub.requests]

    assert snapshot(5) == snapshot(5)
    assert snapshot(5) != snapshot(6)


def test_reads_are_stable_and_reset_forgets(gen: Any, stub: Any, client: Any) -> None:
    client.charge_points.read(1)
    client.charge_points.read(1)
    assert stub.requests[0].response == stub.requests[1].response
    created = client.charge_points.create(body=CHARGE_POINT)
    stub.reset()
    assert stub.requests == [] and stub.store.collections() == []
    with pytest.raises(gen.sdk.NotFoundError):
        client.charge_points.read(created.id)


# -- async ----------------------------------------------------------------------------------------------


def test_async_transport(gen: Any, stub: Any) -> None:
    async def scenario() -> tuple[Any, list[int]]:
        async with gen.sdk.AsyncAmpecoStubcheck(base_url="http://stub.local", api_token="t", transport=stub.async_transport()) as client:
            created = await client.charge_points.create(body=CHARGE_POINT)
            ids = [cp.id async for cp in client.charge_points.listing()]
            return created, ids

    created, ids = asyncio.run(scenario())
    assert created.name == "Depot 1" and ids == [1, 2, 3, created.id]
