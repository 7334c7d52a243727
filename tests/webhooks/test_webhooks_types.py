"""Every notification type of the real spec: synthesised from its callback schema, signed,
verified and parsed to the right generated model (strictly, with no field left over)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from generator.versions.manifest import load_manifest
from webhook_synth import notification_callbacks, synthesise

from conftest import NOW, SECRET, VERSION

_DOC = json.loads(Path(load_manifest().get(VERSION).path).read_bytes())
CALLBACKS = notification_callbacks(_DOC)
CURRENT = [c for c in CALLBACKS if not c[2]]


def _ids(entry: tuple[str, str, bool, dict[str, Any]]) -> str:
    return f"{entry[1]}@{'v1' if entry[2] else 'v2'}"


def test_the_spec_has_39_notification_types_in_both_versions(hooks):
    names_by_op: dict[str, set[str]] = {}
    for op_id, name, _, _ in CALLBACKS:
        names_by_op.setdefault(op_id, set()).add(name)
    assert sorted(len(v) for v in names_by_op.values()) == [39, 39]
    payload_names = {synthesise(schema, _DOC)["notification"] for _, _, _, schema in CALLBACKS}
    assert len(payload_names) == 39
    assert payload_names == set(hooks.NOTIFICATION_TYPES)


def _leftovers(value: Any, path: str = "$") -> list[str]:
    """Keys that landed in ``model_extra`` anywhere (a wire name the model missed)."""
    found: list[str] = []
    if isinstance(value, BaseModel):
        found += [f"{path}.{k}" for k in (value.model_extra or {})]
        for name in type(value).model_fields:
            found += _leftovers(value.__dict__.get(name), f"{path}.{name}")
    elif isinstance(value, (list, tuple)):
        for i, item in enumerate(value):
            found += _leftovers(item, f"{path}[{i}]")
    elif isinstance(value, dict):
        for k, item in value.items():
            found += _leftovers(item, f"{path}.{k}")
    return found


@pytest.mark.parametrize("entry", CALLBACKS, ids=_ids)
def test_each_type_parses_to_its_model(entry, hooks, generated, sign, clock):
    op_id, callback_name, deprecated, schema = entry
    webhook = next(w for w in generated.api.webhooks if w.operation_id == op_id and w.name == callback_name)
    expected = webhook.body.type.name
    name = synthesise(schema, _DOC)["notification"]
    for full in (True, False):
        # without ``notification`` (optional in a few schemas) the X-Webhook-Type header decides
        payload = synthesise(schema, _DOC, full=full)
        body, headers = sign(payload, webhook_type=name)
        note = hooks.parse(body, headers, SECRET, now=clock)
        model = hooks.NOTIFICATION_TYPES[name]
        assert type(note.payload) is model
        if not deprecated:
            assert model.__name__ == expected
        # the typed payload is exactly what strict validation gives: nothing parsed loosely
        assert note.payload == model.model_validate(payload)
        assert note.payload.notification == (name if "notification" in payload else None)
        assert note.type == name and note.known
        assert (note.tenant, note.webhook_id, note.webhook_type) == ("tenant-7", "hook-42", name)
        assert note.timestamp.timestamp() == NOW
        assert note.raw == payload
        if full:
            assert _leftovers(note.payload) == [], "wire names the model does not declare"


@pytest.mark.parametrize("entry", CURRENT, ids=_ids)
def test_each_type_dispatches_to_its_handler(entry, hooks, sign, clock):
    payload = synthesise(entry[3], _DOC, full=True)
    name = payload["notification"]
    dispatcher = hooks.WebhookDispatcher(SECRET, now=clock)
    seen: list[Any] = []

    @dispatcher.on(hooks.NOTIFICATION_TYPES[name])
    def by_class(note):
        seen.append(("class", note.type))
        return "ok"

    assert dispatcher.dispatch(*sign(payload)) == "ok"
    assert seen == [("class", name)]
