"""The generator side: which model a notification type gets, the rendered module's form
(black-clean, deterministic, safe against spec text), and its behaviour for APIs with
several payload shapes per type or with no notifications at all."""

from __future__ import annotations

import importlib
import random
import sys
from pathlib import Path

import black
import pytest
from conftest import PACKAGE

from generator.emit.package import render
from generator.emit.sdk import Renderer
from generator.emit.webhooks import NotificationKind, notification_kinds, webhook_files
from generator.format import pyfmt
from generator.format.tree import format_python
from generator.model import ir
from generator.model.ir import evolve
from generator.writer import write_tree


def _enum(name: str, *values: str) -> ir.EnumType:
    return ir.EnumType(name, tuple(ir.EnumMember(v.upper().replace(".", "_"), v) for v in values), "str")


def _model(name: str, enum: str | None, *fields: tuple[str, str]) -> ir.Model:
    own = []
    if enum is not None:
        own.append(ir.Field("notification", "notification", ir.TypeRef("enum", enum), True))
    for fname, kind in fields:
        own.append(ir.Field(fname, fname, ir.TypeRef("primitive", kind), True))
    return ir.Model(name, tuple(own))


def _hook(name: str, op: str, body: ir.TypeRef | None) -> ir.Webhook:
    body_ = ir.Body("application/json", body, True) if body else None
    return ir.Webhook(name, op, "{$request.body#/callbackUrl}", "POST", body_, header_names=("X-Signature",))


def tiny_api(package: str = "tiny_hooks", title: str = "Tiny API") -> ir.Api:
    """v1 (deprecated) and v2 subscribe operations whose ``x.changed`` payloads differ."""
    ops = (
        ir.Operation("subscribeV1", "POST", "/n/v1", "n", "n", "subscribe_v1", deprecated=True),
        ir.Operation("subscribeV2", "POST", "/n/v2", "n", "n", "subscribe"),
    )
    models = (
        _model("XChangedOld", "XOldTag", ("count", "int")),
        _model("XChanged", "XTag", ("total", "str")),
        _model("Plain", None, ("value", "int")),
        ir.Model("Loose", (ir.Field("notification", "notification", ir.TypeRef("primitive", "str"), False),)),
        _model("DOne", "DOneTag"),
        _model("DTwo", "DTwoTag"),
    )
    enums = (_enum("XOldTag", "x.changed"), _enum("XTag", "x.changed"), _enum("DOneTag", "d.one"), _enum("DTwoTag", "d.two"))
    webhooks = (
        _hook("x.changed", "subscribeV1", ir.TypeRef("model", "XChangedOld")),
        _hook("x.changed", "subscribeV2", ir.TypeRef("model", "XChanged")),
        _hook("plain.event", "subscribeV2", ir.TypeRef("model", "Plain")),
        _hook("loose.event", "subscribeV2", ir.TypeRef("model", "Loose")),
        _hook("d.any", "subscribeV2", ir.TypeRef("union", items=(ir.TypeRef("model", "DOne"), ir.TypeRef("model", "DTwo")))),
        _hook("no.body", "subscribeV2", None),
        _hook("free.form", "subscribeV2", ir.TypeRef("any")),
    )
    resource = ir.Resource("n", "NResource", "n", ops)
    return ir.Api(title, "1.0", "", "https://x.example", package, (resource,), models, enums, webhooks)


EXPECTED = [
    NotificationKind("d.one", ("DOne",)),
    NotificationKind("d.two", ("DTwo",)),
    NotificationKind("loose.event", ("Loose",)),
    NotificationKind("plain.event", ("Plain",)),
    NotificationKind("x.changed", ("XChanged", "XChangedOld")),
]


def test_kinds_prefer_the_current_operation():
    assert notification_kinds(tiny_api()) == EXPECTED


def test_kinds_do_not_depend_on_discovery_order():
    api = tiny_api()
    for seed in range(5):
        webhooks = list(api.webhooks)
        random.Random(seed).shuffle(webhooks)
        models = list(api.models)
        random.Random(seed + 1).shuffle(models)
        shuffled = evolve(api, webhooks=tuple(webhooks), models=tuple(models))
        assert notification_kinds(shuffled) == EXPECTED
        assert webhook_files(Renderer(shuffled, "1.0")) == webhook_files(Renderer(api, "1.0"))


def _black_clean(text: str) -> bool:
    return black.format_str(text, mode=black.Mode()) == text


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    out = tmp_path_factory.mktemp("tiny_hooks")
    write_tree(render(tiny_api(), "1.0"), out)
    sys.path.insert(0, str(out))
    try:
        yield importlib.import_module("tiny_hooks.webhooks")
    finally:
        sys.path.remove(str(out))


def test_tiny_module_is_black_clean(tiny):
    assert _black_clean(Path(tiny.__file__).read_text())


def test_alternatives_are_tried_in_order(tiny):
    from tiny_hooks.models import XChanged, XChangedOld

    assert tiny.NOTIFICATION_TYPES["x.changed"] is XChanged
    assert type(tiny.parse_payload({"notification": "x.changed", "total": "3"})) is XChanged
    assert type(tiny.parse_payload({"notification": "x.changed", "count": 3})) is XChangedOld
    with pytest.raises(tiny.WebhookPayloadError) as info:  # fits neither: refused, naming the fields
        tiny.parse_payload({"notification": "x.changed", "other": 1})
    assert "XChanged" in str(info.value) and "total" in str(info.value)
    assert type(tiny.parse_payload({"notification": "plain.event", "value": 1})).__name__ == "Plain"
    assert type(tiny.parse_payload({"notification": "d.two"})).__name__ == "DTwo"
    assert isinstance(tiny.parse_payload({"notification": "no.body"}), tiny.UnknownNotification)


def test_dispatch_by_a_model_with_alternatives(tiny):
    from tiny_hooks.models import XChangedOld

    dispatcher = tiny.WebhookDispatcher("k", tolerance=None)
    dispatcher.on(XChangedOld)(lambda note: type(note.payload).__name__)
    body, headers = tiny.sign_notification({"notification": "x.changed", "count": 1}, "k")
    assert dispatcher.dispatch(body, headers) == "XChangedOld"


def test_api_without_notifications(tmp_path):
    api = evolve(tiny_api(package="quiet_hooks"), webhooks=())
    files = render(api, "1.0")
    text = files["quiet_hooks/webhooks.py"]
    assert _black_clean(text)
    assert "NOTIFICATION_TYPES: dict[str, type[SDKModel]] = {}" in text
    write_tree(files, tmp_path)
    sys.path.insert(0, str(tmp_path))
    try:
        module = importlib.import_module("quiet_hooks.webhooks")
        # no notifications, so no signing declared: nothing to check unless asked
        assert isinstance(module.parse(b'{"notification": "a.b"}', {}).payload, module.UnknownNotification)
    finally:
        sys.path.remove(str(tmp_path))


def test_spec_text_cannot_inject_code():
    hostile = 'Evil""" + __import__("os").system("x") + """\\ \x00'
    api = tiny_api(title=hostile)
    name = 'x"\n);import os;("'
    webhooks = api.webhooks + (_hook(name, "subscribeV2", ir.TypeRef("model", "Plain2")),)
    models = api.models + (_model("Plain2", None),)
    api = evolve(api, webhooks=webhooks, models=models)
    text = format_python(webhook_files(Renderer(api, "1.0")))["tiny_hooks/webhooks.py"]
    assert _black_clean(text)
    code = compile(text, "webhooks.py", "exec")
    doc = code.co_consts[0]
    assert "Evil\"\"\" + __import__" in doc  # the title is text in the docstring, nothing more
    literal = pyfmt.py_str(name)
    assert f"{literal}: Plain2," in text  # the name is a string literal, nothing more
    assert "import os" not in text.replace(literal, "")


def test_real_module_is_black_clean_and_stable(generated):
    text = generated.files[f"{PACKAGE}/webhooks.py"]
    assert _black_clean(text)
    again = format_python(webhook_files(Renderer(generated.api, "3.110.0")))
    assert again[f"{PACKAGE}/webhooks.py"] == text
    for rel in ("webhooks_core.py", "webhooks_delivery.py"):
        assert _black_clean(generated.files[f"{PACKAGE}/_runtime/{rel}"])
