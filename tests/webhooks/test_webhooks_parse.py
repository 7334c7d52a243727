"""Parsing (typed, unknown, broken bodies) and the dispatcher."""

from __future__ import annotations

import asyncio
import json

import pytest

from conftest import NOW, SECRET

SESSION = {
    "notification": "session.start.stop.notification",
    "sessionId": 5,
    "chargePointId": 1,
    "evseId": 2,
    "action": "start",
    "startedAtTimestamp": "2024-05-01T12:00:00Z",
    "meterStart": 0,
    "meterStop": 0,
    "lastUpdatedAt": "2024-05-01T12:00:00Z",
}


def _raw(body: bytes, headers: dict[str, str], secret: str = SECRET) -> tuple[bytes, dict[str, str]]:
    """Re-sign arbitrary bytes (for bodies sign_notification would not produce)."""
    import hashlib
    import hmac

    headers = dict(headers)
    headers["X-Signature"] = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    return body, headers


def test_typed_payload_and_envelope(hooks, sign, clock):
    body, headers = sign(SESSION)
    note = hooks.parse(body, headers, SECRET, now=clock)
    model = hooks.NOTIFICATION_TYPES["session.start.stop.notification"]
    assert isinstance(note.payload, model) and type(note.payload).__name__ == "SessionStartStopNotification"
    assert note.payload.session_id == 5 and note.payload.action.value == "start"
    assert note.type == "session.start.stop.notification" and note.known
    assert note.tenant == "tenant-7" and note.webhook_id == "hook-42"
    assert note.webhook_type == "session.start.stop.notification"
    assert note.timestamp.isoformat() == "2024-05-01T12:30:00+00:00"
    assert note.raw == SESSION
    assert SECRET not in repr(note)


def test_sign_notification_headers(hooks):
    body, headers = hooks.sign_notification(SESSION, SECRET, tenant="t1", timestamp=NOW)
    assert json.loads(body) == SESSION
    assert headers["X-Timestamp"] == "2024-05-01T12:30:00.000000Z"
    assert headers["X-Tenant"] == "t1"
    assert headers["X-Webhook-Type"] == "session.start.stop.notification"
    assert headers["Content-Type"] == "application/json"
    assert len(headers["X-Webhook-Id"]) == 36  # a fresh uuid
    assert hooks.sign_notification(SESSION, SECRET, timestamp=NOW)[1]["X-Webhook-Id"] != headers["X-Webhook-Id"]


def test_sign_a_model_instance(hooks, clock):
    model = hooks.NOTIFICATION_TYPES["session.start.stop.notification"]
    payload = model.model_validate(SESSION)
    body, headers = hooks.sign_notification(payload, SECRET, now=clock)
    assert json.loads(body)["sessionId"] == 5
    note = hooks.parse(body, headers, SECRET, now=clock)
    assert note.payload == payload


def test_unknown_type_keeps_the_raw_payload(hooks, sign, clock):
    payload = {"notification": "robot.arrived", "robot": {"id": 3, "name": "R2"}, "nested": [1, {"x": None}]}
    body, headers = sign(payload)
    note = hooks.parse(body, headers, SECRET, now=clock)
    assert isinstance(note.payload, hooks.UnknownNotification)
    assert note.payload.notification == "robot.arrived"
    assert note.payload.raw == payload and note.payload["robot"] == {"id": 3, "name": "R2"}
    assert note.payload.get("missing", 1) == 1
    assert note.type == "robot.arrived" and not note.known
    assert note.payload == hooks.UnknownNotification("robot.arrived", payload)
    assert "robot.arrived" in repr(note.payload)


def test_payload_without_type(hooks, sign, clock):
    body, headers = sign({"something": 1}, webhook_type="")
    assert "X-Webhook-Type" not in headers
    note = hooks.parse(body, headers, SECRET, now=clock)
    assert isinstance(note.payload, hooks.UnknownNotification)
    assert note.payload.notification is None and note.type == ""


def test_header_names_the_type_when_the_payload_does_not(hooks, sign, clock):
    payload = {k: v for k, v in SESSION.items() if k != "notification"}
    body, headers = sign(payload, webhook_type="session.start.stop.notification")
    note = hooks.parse(body, headers, SECRET, now=clock)
    assert type(note.payload).__name__ == "SessionStartStopNotification"


def test_the_signed_payload_wins_over_the_header(hooks, sign, clock):
    body, headers = sign(SESSION, webhook_type="evse.changed")
    note = hooks.parse(body, headers, SECRET, now=clock)
    assert note.type == "session.start.stop.notification"
    assert note.webhook_type == "evse.changed"


def test_payload_that_breaks_its_schema_is_refused_naming_the_fields(hooks, sign, clock):
    payload = dict(SESSION, sessionId="not-a-number")
    del payload["chargePointId"]
    body, headers = sign(payload)
    with pytest.raises(hooks.WebhookPayloadError) as info:
        hooks.parse(body, headers, SECRET, now=clock)
    message = str(info.value)
    assert "SessionStartStopNotification" in message
    assert "sessionId" in message and "'not-a-number'" in message
    assert "chargePointId: Field required" in message
    assert {e["loc"] for e in info.value.errors} == {("sessionId",), ("chargePointId",)}


def test_a_payload_without_its_required_fields_is_refused(hooks, sign, clock):
    body, headers = sign({"notification": "session.start.stop.notification"})
    with pytest.raises(hooks.WebhookPayloadError, match="sessionId: Field required"):
        hooks.parse(body, headers, SECRET, now=clock)


def test_unknown_fields_and_enum_values_are_tolerated(hooks, sign, clock):
    body, headers = sign(dict(SESSION, action="paused-v2", newField={"a": 1}))
    note = hooks.parse(body, headers, SECRET, now=clock)
    assert type(note.payload).__name__ == "SessionStartStopNotification"
    assert note.payload.action.value == "paused-v2"
    assert note.payload.newField == {"a": 1}


@pytest.mark.parametrize("deep", [b"[" * 100_000 + b"]" * 100_000, b'{"a":' * 100_000 + b"1" + b"}" * 100_000])
def test_json_nested_100000_deep_is_a_payload_error(hooks, sign, clock, deep):
    body, headers = sign(SESSION)
    headers = dict(headers, **{"X-Signature": hooks.compute_signature(deep, SECRET)})
    with pytest.raises(hooks.WebhookPayloadError, match="nested too deeply"):
        hooks.parse(deep, headers, SECRET, now=clock)


@pytest.mark.parametrize(
    "body, fragment",
    [
        (b"{not json", "not valid JSON"),
        (b'{"a": 1', "not valid JSON"),
        (b"", "empty"),
        (b"   ", "empty"),
        (b"\xff\xfe{}", "not UTF-8"),
        (b"[1, 2]", "an array"),
        (b'"text"', "a string"),
        (b"42", "a number"),
        (b"1.5", "a number"),
        (b"true", "a boolean"),
        (b"null", "null"),
    ],
)
def test_bodies_that_are_not_json_objects(hooks, sign, clock, body, fragment):
    _, headers = sign({})
    body, headers = _raw(body, headers)
    with pytest.raises(hooks.WebhookPayloadError, match=fragment) as info:
        hooks.parse(body, headers, SECRET, now=clock)
    assert "expected a JSON object" in str(info.value) or "not valid JSON" in str(info.value)
    assert SECRET not in str(info.value)


def test_verification_comes_before_decoding(hooks, sign, clock):
    _, headers = sign({})
    with pytest.raises(hooks.WebhookVerificationError):
        hooks.parse(b"{not json", headers, SECRET, now=clock)


def test_parse_payload_without_verification(hooks):
    payload = hooks.parse_payload(SESSION)
    assert type(payload).__name__ == "SessionStartStopNotification"
    unknown = hooks.parse_payload({"notification": "x.y"})
    assert isinstance(unknown, hooks.UnknownNotification)
    without_type = {k: v for k, v in SESSION.items() if k != "notification"}
    typed = hooks.parse_payload(without_type, webhook_type="session.start.stop.notification")
    assert type(typed).__name__ == "SessionStartStopNotification"


def test_every_model_is_in_the_union(hooks):
    import typing

    members = typing.get_args(hooks.NotificationPayload)
    assert members[-1] is hooks.UnknownNotification
    assert set(members[:-1]) == set(hooks.NOTIFICATION_TYPES.values())


# -- dispatcher ---------------------------------------------------------------------


@pytest.fixture
def dispatcher(hooks, clock):
    return hooks.WebhookDispatcher(SECRET, now=clock)


def test_dispatch_to_the_registered_handler(dispatcher, hooks, sign):
    calls = []

    @dispatcher.on("session.start.stop.notification")
    def on_session(note):
        calls.append(note)
        return "handled"

    @dispatcher.on("evse.changed", "cdr.received")
    def on_other(note):
        return note.type

    assert dispatcher.dispatch(*sign(SESSION)) == "handled"
    assert calls[0].payload.session_id == 5 and calls[0].tenant == "tenant-7"
    evse = {"notification": "evse.changed", "evseId": 1, "action": "updated", "lastUpdatedAt": "2024-05-01T12:00:00Z"}
    assert dispatcher.dispatch(*sign(evse)) == "evse.changed"
    assert dispatcher.handler_for("evse.changed") is on_other
    assert on_session.__name__ == "on_session"  # the decorator returns the function


def test_fallback_gets_unknown_and_unhandled_types(dispatcher, sign):
    assert dispatcher.dispatch(*sign({"notification": "robot.arrived"})) is None  # nobody listens

    @dispatcher.fallback
    def anything(note):
        return ("fallback", note.type, note.known)

    assert dispatcher.dispatch(*sign({"notification": "robot.arrived"})) == ("fallback", "robot.arrived", False)
    assert dispatcher.dispatch(*sign(SESSION)) == ("fallback", "session.start.stop.notification", True)


def test_handler_for_a_type_the_sdk_does_not_know(dispatcher, sign):
    dispatcher.on("robot.arrived")(lambda note: note.payload.raw["robot"])
    assert dispatcher.dispatch(*sign({"notification": "robot.arrived", "robot": 9})) == 9


def test_dispatch_refuses_bad_requests_before_any_handler(dispatcher, hooks, sign):
    called = []
    dispatcher.fallback(called.append)
    body, headers = sign(SESSION, secret="wrong")
    with pytest.raises(hooks.WebhookVerificationError):
        dispatcher.dispatch(body, headers)
    body, headers = _raw(b"[]", sign({})[1])
    with pytest.raises(hooks.WebhookPayloadError):
        dispatcher.dispatch(body, headers)
    assert called == []


def test_handler_errors_propagate(dispatcher, sign):
    @dispatcher.on("session.start.stop.notification")
    def broken(note):
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError, match="boom"):
        dispatcher.dispatch(*sign(SESSION))


def test_async_handler_returns_its_coroutine(dispatcher, sign):
    @dispatcher.on("session.start.stop.notification")
    async def handler(note):
        return note.payload.session_id

    assert asyncio.run(dispatcher.dispatch(*sign(SESSION))) == 5


def test_registration_errors(dispatcher, hooks):
    with pytest.raises(TypeError):
        dispatcher.on()
    with pytest.raises(ValueError):
        dispatcher.on("")
    with pytest.raises(ValueError, match="not a notification payload model"):
        dispatcher.on(int)
    with pytest.raises(TypeError):
        dispatcher.on(3)


def test_dispatcher_tolerance_and_repr(hooks, sign):
    stale = sign(SESSION, timestamp=NOW - 3600)
    with pytest.raises(hooks.WebhookVerificationError):
        hooks.WebhookDispatcher(SECRET, now=lambda: NOW).dispatch(*stale)
    relaxed = hooks.WebhookDispatcher(SECRET, tolerance=None)
    relaxed.on("session.start.stop.notification")(lambda note: "ok")
    assert relaxed.dispatch(*stale) == "ok"
    text = repr(relaxed)
    assert "session.start.stop.notification" in text and SECRET not in text
    assert SECRET not in str(vars(relaxed).get("types"))


def test_dispatcher_parse(dispatcher, sign):
    note = dispatcher.parse(*sign(SESSION))
    assert note.payload.session_id == 5
