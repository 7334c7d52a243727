"""The generated SDK against the generated stub served on 127.0.0.1: wire format,
retries and errors end to end (sync and async)."""

from __future__ import annotations

import asyncio

import pytest


@pytest.fixture(scope="module")
def served(sdk):
    from ampeco.stub import AmpecoStub

    stub = AmpecoStub(seed=3, token="wire-token")
    with stub.serve() as url:
        yield stub, url


@pytest.fixture()
def stub(served):
    stub, _ = served
    stub.reset()
    return stub


@pytest.fixture()
def client(served, stub):
    from ampeco import Ampeco

    sleeps: list[float] = []
    with Ampeco(served[1], "wire-token", sleep=sleeps.append) as instance:
        instance.sleeps = sleeps  # type: ignore[attr-defined]
        yield instance


def test_query_string_reaches_the_server_as_php_expects(client, stub):
    list(client.evses.listing(filter={"chargePointId": "1", "roamingOperatorIds": [3, 4]}, include=["connectors"], per_page=2))
    first = stub.requests[0]
    assert first.operation_id == "evsesListing" and first.status == 200
    assert first.query.get("filter[chargePointId]") in ("1", ["1"])
    assert first.query.get("filter[roamingOperatorIds][]") in (["3", "4"], ("3", "4"))
    assert first.query.get("include[]") in ("connectors", ["connectors"])
    assert first.query.get("per_page") in ("2", ["2"])


def test_crud_round_trip_over_http(client, stub):
    from ampeco import NotFoundError

    body = stub.sample_body("chargePointCreate")
    created = client.charge_points.create(body=body)
    assert client.charge_points.read(created.id).id == created.id
    assert created.id in [cp.id for cp in client.charge_points.listing()]
    client.charge_points.delete(created.id)
    with pytest.raises(NotFoundError):
        client.charge_points.read(created.id)


def test_retry_after_is_honoured(client, stub):
    stub.fail_next("evseRead", status=429, headers={"Retry-After": "1"}, body={"message": "Too Many Attempts."})
    assert client.evses.read(1).id == 1
    assert client.sleeps == [1.0]
    assert [r.status for r in stub.requests] == [429, 200]


def test_post_not_retried_on_server_error(client, stub):
    from ampeco import InternalServerError

    stub.fail_next("chargePointStartChargingSession", status=500)
    with pytest.raises(InternalServerError):
        client.charge_points.start_charging_session(1, 1, body={"userId": 7})
    assert len(stub.requests) == 1 and client.sleeps == []


def test_validation_and_auth_errors(served, client, stub):
    from ampeco import Ampeco, AuthenticationError, UnprocessableEntityError

    with pytest.raises(UnprocessableEntityError) as info:
        client.charge_points.create(body={})
    assert info.value.errors and all(isinstance(v, list) for v in info.value.errors.values())
    with Ampeco(served[1], "wrong-token") as intruder:
        with pytest.raises(AuthenticationError):
            intruder.evses.read(1)


def test_async_client_over_http(served, stub):
    from ampeco import AsyncAmpeco

    async def main():
        async with AsyncAmpeco(served[1], "wire-token") as aclient:
            evse = await aclient.evses.read(2)
            ids = [e.id async for e in aclient.evses.listing(per_page=1)]
            return evse.id, ids

    evse_id, ids = asyncio.run(main())
    assert evse_id == 2 and ids[:3] == [1, 2, 3]


def test_stub_sends_signed_notifications_to_a_receiver(sdk):
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from ampeco.models import SessionStartStopNotification
    from ampeco.stub import AmpecoStub
    from ampeco.webhooks import WebhookDispatcher

    dispatcher = WebhookDispatcher("hook-secret")
    received = []
    dispatcher.on("session.start.stop.notification")(received.append)

    class Receiver(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802 (http.server's naming)
            body = self.rfile.read(int(self.headers["Content-Length"]))
            try:
                dispatcher.dispatch(body, dict(self.headers))
                self.send_response(202)
            except Exception:
                self.send_response(400)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/hooks"
        stub = AmpecoStub(seed=5)
        assert stub.send_notification(url, "session.start.stop.notification", "hook-secret", tenant="cpo-1").status_code == 202
        assert stub.send_notification(url, "session.start.stop.notification", "wrong-secret").status_code == 400
    finally:
        server.shutdown()
        server.server_close()
    (notification,) = received
    assert isinstance(notification.payload, SessionStartStopNotification)
    assert notification.tenant == "cpo-1" and notification.type == "session.start.stop.notification"
