"""Notifications the stub sends (issue 19): every type of the API gets a full payload
its model and the spec accept, signed and delivered to a receiver on 127.0.0.1 that
verifies and parses it with the generated ``webhooks`` module."""

from __future__ import annotations

import importlib
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from .conftest import PACKAGE
from .spec_schema import SpecValidator, _pointer

SECRET = "receiver-secret"


class Receiver:
    """A webhook receiver under test: verifies, parses and keeps what it got."""

    def __init__(self, webhooks: Any) -> None:
        self.got: list[tuple[Any, dict[str, Any]]] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                try:
                    parsed = webhooks.parse(body, dict(self.headers.items()), SECRET)
                except webhooks.WebhookError as exc:
                    status, answer = 400, str(exc).encode()
                else:
                    receiver.got.append((parsed, json.loads(body)))
                    status, answer = 200, b"ok"
                self.send_response(status)
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/hooks"
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=5)


@pytest.fixture
def receiver(gen: Any) -> Iterator[Receiver]:
    instance = Receiver(importlib.import_module(f"{PACKAGE}.webhooks"))
    yield instance
    instance.close()


def callback_pointers(gen: Any) -> dict[str, list[str]]:
    """Payload model name -> pointers of the spec's callback body schemas using it."""
    document = gen.document
    out: dict[str, list[str]] = {}
    for webhook in gen.api.webhooks:
        if webhook.body is None:
            continue
        op = gen.ops[webhook.operation_id]
        callback = document["paths"][op.path][op.http_method.lower()]["callbacks"][webhook.name]
        base = _pointer("paths", op.path, op.http_method.lower(), "callbacks", webhook.name)
        if "$ref" in callback:
            base = callback["$ref"].lstrip("#")
            for part in base.strip("/").split("/"):
                document = document[part.replace("~1", "/").replace("~0", "~")]
            callback = document
            document = gen.document
        pointer = base + _pointer(webhook.expression, webhook.http_method.lower(), "requestBody", "content", "application/json", "schema")
        names = [t.name for t in webhook.body.type.walk() if t.kind == "model"]
        for name in names:
            out.setdefault(name, []).append(pointer)
    return out


def test_every_notification_type_reaches_a_receiver_valid(gen: Any, receiver: Receiver) -> None:
    webhooks = importlib.import_module(f"{PACKAGE}.webhooks")
    types = webhooks.NOTIFICATION_TYPES
    assert len(types) == 39
    stub = gen.new_stub(seed=3)
    assert all(model.__name__ in stub.schemas.models for model in types.values())
    validator = SpecValidator(gen.document)
    pointers = callback_pointers(gen)
    problems: list[str] = []
    for name, model in sorted(types.items()):
        answer = stub.send_notification(receiver.url, name, SECRET, timeout=5)
        if answer.status_code != 200:
            problems.append(f"{name}: receiver answered {answer.status_code} {answer.text[:200]}")
            continue
        parsed, data = receiver.got[-1]
        if not isinstance(parsed.payload, model):
            problems.append(f"{name}: parsed as {type(parsed.payload).__name__}")
        # a full payload: every field of the model is there
        missing = [f for f in stub.schemas.models[model.__name__].by_name if f not in data]
        if missing:
            problems.append(f"{name}: fields left out: {missing}")
        errors = stub.checker.errors(data, _model_type(model.__name__), "")
        problems.extend(f"{name}: {k}: {m}" for k, m in errors)
        for pointer in pointers.get(model.__name__, []):
            errors = [e.message[:200] for e in validator._validator(pointer, "request").iter_errors(data)]
            problems.extend(f"{name}: spec: {e}" for e in errors)
        if not pointers.get(model.__name__):
            problems.append(f"{name}: no callback of the spec declares {model.__name__}")
    assert not problems, "\n".join(problems[:40])
    assert len(receiver.got) == 39


def _model_type(name: str) -> Any:
    schema = importlib.import_module(f"{PACKAGE}._runtime.stub_schema")
    return schema.ref(name)


def test_payloads_are_deterministic_by_seed_and_take_caller_fields(gen: Any, receiver: Receiver) -> None:
    first = gen.new_stub(seed=3).notification_payload("session.start.stop.notification")
    assert first == gen.new_stub(seed=3).notification_payload("session.start.stop.notification")
    assert first != gen.new_stub(seed=4).notification_payload("session.start.stop.notification")
    assert first["notification"] == "session.start.stop.notification"
    stub = gen.new_stub(seed=3)
    fields = {"sessionId": 4242, "userId": None}
    payload = stub.notification_payload("session.start.stop.notification", fields)
    assert payload == {**first, **fields}
    answer = stub.send_notification(receiver.url, "session.start.stop.notification", SECRET, fields=fields, timeout=5)
    assert answer.status_code == 200
    parsed, data = receiver.got[-1]
    assert data == payload


def test_unknown_types_and_wrong_secrets(gen: Any, receiver: Receiver) -> None:
    stub = gen.new_stub(seed=3)
    with pytest.raises(KeyError, match="no notification type 'nope'"):
        stub.notification_payload("nope")
    answer = stub.send_notification(receiver.url, "evse.changed", "another-secret", timeout=5)
    assert answer.status_code == 400 and receiver.got == []


def test_another_specs_webhooks_get_valid_payloads(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The mixed fixture (OpenAPI 3.1 ``webhooks``, no ``notification`` field): each of
    its types gets a payload its model accepts strictly and the stub's checks pass."""
    import sys

    from ..conftest import FIXTURES, generate_package

    out = tmp_path_factory.mktemp("mixed-notifications")
    package = "mixed_notifications"
    generate_package(FIXTURES / "mixed" / "mixed.yaml", out, package)
    try:
        webhooks = importlib.import_module(f"{package}.webhooks")
        stub_module = importlib.import_module(f"{package}.stub")
        stub = getattr(stub_module, next(k for k in stub_module.__all__ if k.endswith("Stub")))(seed=2)
        assert webhooks.NOTIFICATION_TYPES
        for name, model in webhooks.NOTIFICATION_TYPES.items():
            payload = stub.notification_payload(name)
            assert set(payload) == set(stub.schemas.models[model.__name__].by_name), name
            model.model_validate(payload, strict=False)
            assert stub.checker.errors(payload, _model_type_of(stub_module, model.__name__), "") == []
            body, headers = webhooks.sign_notification(payload, SECRET, webhook_type=name)
            parsed = webhooks.parse(body, headers, SECRET)
            assert isinstance(parsed.payload, model) and parsed.type == name
    finally:
        sys.path.remove(str(out))
        for module in [m for m in sys.modules if m == package or m.startswith(f"{package}.")]:
            del sys.modules[module]


def _model_type_of(stub_module: Any, name: str) -> Any:
    schema = importlib.import_module(stub_module.__name__.rsplit(".", 1)[0] + "._runtime.stub_schema")
    return schema.ref(name)
