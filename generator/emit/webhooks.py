"""Files of the generated webhook support (``<package>/webhooks.py``).

AMPECO's notifications are the callbacks of its subscribe operations. Each payload model
is already generated (and deduplicated) with the other models; here they are gathered
by the value of their ``notification`` field into ``NOTIFICATION_TYPES`` and a union,
and bound to the runtime's ``webhooks_core`` (verification, parsing, dispatch) and
``webhooks_delivery`` (signed sending, for tests).

Which model a type name gets is decided by fixed rules, never by discovery order: the
models of non-deprecated operations come first, then by operation id and model name;
the first is the type's model and any others are alternatives tried in that order.

Other APIs: a type whose model has no ``notification`` field is recognised from the
payload by a ``PayloadShape`` (a type field's discriminator/const/enum values, else its
required fields). Signing follows the headers the spec declares on its notifications:
``X-Signature`` (AMPECO's scheme, checked with the shared secret), else no check unless
the receiver configures one (``verify=``, or ``secret=`` for Standard Webhooks).
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import TYPE_CHECKING, NamedTuple

from ..format import pyfmt
from ..format.pyfmt import import_line
from ..model.ir import Api, EnumType, Model, Webhook

if TYPE_CHECKING:
    from .sdk import Renderer

DISCRIMINATOR = "notification"  # the payload field naming the type (runtime: DISCRIMINATOR)
_EXAMPLE_NAME = re.compile(r"^[A-Za-z0-9_.]{1,60}$")
_PREFERRED_EXAMPLE = "session.start.stop.notification"


class NotificationKind(NamedTuple):
    """One notification type: its name on the wire and its payload model(s)."""

    name: str  # the payload's ``notification`` value, e.g. "evse.changed"
    models: tuple[str, ...]  # model class names, the preferred one first


def _body_models(webhook: Webhook, models: dict[str, Model]) -> list[str]:
    """Model classes a webhook's body may be (a model, or the models of a union)."""
    if webhook.body is None:
        return []
    t = webhook.body.type
    if t.kind == "model":
        return [t.name] if t.name in models else []
    if t.kind == "union":
        return [i.name for i in t.items if i.kind == "model" and i.name in models]
    return []


def _discriminator_values(model: Model, enums: dict[str, EnumType]) -> list[str]:
    """The ``notification`` values a model declares (string enum members), sorted."""
    for f in model.fields:
        if f.wire_name != DISCRIMINATOR:
            continue
        values: set[str] = set()
        for inner in f.type.walk():
            if inner.kind == "enum" and inner.name in enums:
                values.update(m.value for m in enums[inner.name].members if isinstance(m.value, str) and m.value)
        return sorted(values)
    return []


def notification_kinds(api: Api) -> list[NotificationKind]:
    """Every notification type of the API with its model(s), sorted by name.

    A model's type names are the string values its ``notification`` field allows; a
    model without such values is known by its callback's name.
    """
    models = {m.name: m for m in api.models}
    enums = {e.name: e for e in api.enums}
    deprecated = {op.operation_id: op.deprecated for op in api.operations}
    ranked: dict[str, set[tuple[bool, str, str]]] = defaultdict(set)
    for webhook in api.webhooks:
        for model_name in _body_models(webhook, models):
            names = _discriminator_values(models[model_name], enums) or ([webhook.name] if webhook.name else [])
            rank = (deprecated.get(webhook.operation_id, False), webhook.operation_id, model_name)
            for name in names:
                ranked[name].add(rank)
    kinds = []
    for name in sorted(ranked):
        ordered: list[str] = []
        for _, _, model_name in sorted(ranked[name]):
            if model_name not in ordered:
                ordered.append(model_name)
        kinds.append(NotificationKind(name, tuple(ordered)))
    return kinds


def signing_scheme(api: Api) -> str:
    """``"x-signature"`` when every notification with a body declares an ``X-Signature``
    header (AMPECO's do), ``"standard"`` when they declare ``webhook-signature``
    (Standard Webhooks), else ``""``: the spec declares no signing."""
    hooks = [w for w in api.webhooks if w.body is not None]
    declared = [{h.lower() for h in w.header_names} for w in hooks]
    if declared and all("x-signature" in names for names in declared):
        return "x-signature"
    if any("webhook-signature" in names for names in declared):
        return "standard"
    return ""


class Shape(NamedTuple):
    """How a payload shows its type without a ``notification`` field (runtime:
    ``PayloadShape``): ``field`` holding one of ``values``, else all of ``required``."""

    name: str
    field: str = ""
    values: tuple[str, ...] = ()
    required: tuple[str, ...] = ()


def _enum_fields(model: Model, enums: dict[str, EnumType]) -> list[tuple[str, tuple[str, ...]]]:
    """(wire name, string values) of a model's fields whose type is a string enum (or a
    const), in field order."""
    out = []
    for f in model.fields:
        values: set[str] = set()
        for inner in f.type.walk():
            if inner.kind == "enum" and inner.name in enums:
                values.update(m.value for m in enums[inner.name].members if isinstance(m.value, str) and m.value)
        if values:
            out.append((f.wire_name, tuple(sorted(values))))
    return out


def payload_shapes(api: Api, kinds: list[NotificationKind]) -> list[Shape]:
    """A shape for each type whose model has no ``notification`` values: the first
    string-enum field whose values no other type's same field shares, else the model's
    required fields (used by the runtime only when exactly one type's are present)."""
    models = {m.name: m for m in api.models}
    enums = {e.name: e for e in api.enums}
    plain = [k for k in kinds if k.models[0] in models and not _discriminator_values(models[k.models[0]], enums)]
    fields = {k.name: _enum_fields(models[k.models[0]], enums) for k in plain}
    shapes = []
    for kind in plain:
        chosen: tuple[str, tuple[str, ...]] | None = None
        for wire, values in fields[kind.name]:
            others = {v for other in plain if other is not kind for w, vs in fields[other.name] if w == wire for v in vs}
            if not others & set(values):
                chosen = (wire, values)
                break
        if chosen is not None:
            shapes.append(Shape(kind.name, chosen[0], chosen[1]))
        else:
            required = tuple(sorted(f.wire_name for f in models[kind.models[0]].fields if f.required))
            shapes.append(Shape(kind.name, required=required))
    return shapes


def _shape_line(shape: Shape) -> str:
    args = [pyfmt.py_str(shape.name)]
    if shape.field:
        args.append(f"field={pyfmt.py_str(shape.field)}")
        args.append("values=" + _str_tuple(shape.values))
    else:
        args.append("required=" + _str_tuple(shape.required))
    return f"    PayloadShape({', '.join(args)}),"


def _str_tuple(items: tuple[str, ...]) -> str:
    inner = ", ".join(pyfmt.py_str(i) for i in items)
    return f"({inner},)" if len(items) == 1 else f"({inner})"


def _doc_inline(text: str) -> str:
    """``text`` on one line, escaped to sit inside a docstring (spec text cannot end it)."""
    line = " ".join(text.split())
    if not line:
        return ""
    return pyfmt.docstring(line, 0)[3:-3]


def _tuple(items: tuple[str, ...]) -> str:
    return f"({items[0]},)" if len(items) == 1 else f"({', '.join(items)})"


def webhook_files(renderer: Renderer) -> dict[str, str]:
    """Relative path -> text of the webhook module's generated files."""

    api = renderer.api
    kinds = notification_kinds(api)
    used = sorted({m for k in kinds for m in k.models})
    by_module: dict[str, list[str]] = defaultdict(list)
    for name in used:
        by_module[renderer.modules[name]].append(name)
    model_imports = [import_line(f".models.{module}", sorted(names)) for module, names in sorted(by_module.items())]

    entries = [f"    {pyfmt.py_str(k.name)}: {k.models[0]}," for k in kinds]
    alternatives = [f"    {pyfmt.py_str(k.name)}: {_tuple(k.models[1:])}," for k in kinds if len(k.models) > 1]
    names = [k.name for k in kinds]
    example = _PREFERRED_EXAMPLE if _PREFERRED_EXAMPLE in names else next((n for n in names if _EXAMPLE_NAME.match(n)), "evse.changed")
    signing = signing_scheme(api)
    shapes = [_shape_line(s) for s in payload_shapes(api, kinds)] if signing != "x-signature" else []
    text = renderer.template(
        "webhooks/webhooks.py.j2",
        signing=signing,
        shapes=shapes,
        title=_doc_inline(f"{api.title} {api.version}"),
        package=api.package,
        example=example,
        model_imports=model_imports,
        union_members=used,
        entries=entries,
        alternatives=alternatives,
    )
    return {f"{api.package}/webhooks.py": text}


__all__ = ["NotificationKind", "Shape", "notification_kinds", "payload_shapes", "signing_scheme", "webhook_files"]
