"""A names lock: class names, once given, stay with the schema they were given to.

The naming rules (``naming`` and ``normaliser.assign_names``) decide a class name from the
places a schema is used, and settle contests between schemas that want the same name by
how many places each has. That is deterministic, but not *stable*: drop an operation and
a shared schema may lose the site its name came from; copy an operation (AMPECO's
``...Deprecated`` pattern) and a contest may tip the other way. The lock remembers, for
every class, where it was used (its *anchors*), and gives a fresh IR's classes their
remembered names:

- an anchor is an operation slot plus the wire path to the class
  (``taxCreate body``, ``evsesListing response 200[]``, ``evseRead param query include[]``),
  or for a nested class its parent's name plus the property path (``Evse.connectors[]``);
- a fresh class takes the locked name most of its anchors vote for (a tie goes to the
  name it already has, then alphabetical); parents are settled before their children,
  so the ``Evse.connectors[]`` anchor reads the parent's *locked* name;
- a class the lock does not know keeps its rule-made name unless the lock holds that
  name for something else; then it gets the first free ``<name>2``, ``<name>3``...

Methods are locked too (operationId -> ``resource.method``): when a new operation wants a
method name an existing one has (``evsesRead`` and ``evseRead`` both reduce to ``read``),
the rules give both their full names; the lock gives the existing one its name back.

``make_lock(api)`` builds the lock of an IR; ``merge_lock(old, api)`` adds what a new
version brings; ``apply_lock(api, lock)`` renames. The file form is JSON
(``specs/names.lock.json``, proposed): each class with its sorted anchors, each
operationId with its method.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Iterator

from ..model.ir import Api, Body, Model, Operation, Response, TypeRef, Webhook

LOCK_FORMAT = "ampeco-codegen/names-lock/1"

# An anchor of a class: ("", slot path) at an operation, or (parent class, path) when nested.
_Anchor = tuple[str, str]


def _walk(t: TypeRef | None, path: str) -> Iterator[tuple[str, str]]:
    """(class name, path) for each class reached from ``t`` through lists, dicts and unions."""
    if t is None:
        return
    if t.kind in ("model", "enum"):
        yield t.name, path
    elif t.kind == "list" and t.items:
        yield from _walk(t.items[0], path + "[]")
    elif t.kind == "dict" and t.items:
        yield from _walk(t.items[0], path + "{}")
    elif t.kind in ("union", "tuple"):
        for index, item in enumerate(t.items):
            yield from _walk(item, f"{path}({index + 1})")


def _slots(api: Api) -> Iterator[tuple[str, TypeRef | None]]:
    """Each place an operation holds a type, named by its operationId and by its endpoint.

    Two names per place, so a class keeps its name when the operation moves to a new path
    (same operationId) or when its operationId changes (same method and path).
    """
    for op in api.operations:
        for key in (op.operation_id, f"{op.http_method} {op.path}"):
            for p in op.parameters:
                yield f"{key} param {p.location} {p.wire_name}", p.type
            if op.body is not None:
                yield f"{key} body", op.body.type
            for r in op.responses:
                yield f"{key} response {r.status}", r.type
    for hook in api.webhooks:
        if hook.body is not None:
            yield f"webhook {hook.operation_id} {hook.name} {hook.http_method}", hook.body.type
    for pointer, t in api.unused_components:  # declared, used by no operation: by its place
        yield f"component {pointer}", t


def anchors(api: Api) -> dict[str, set[_Anchor]]:
    """Every class of ``api`` with the places it is used."""
    found: dict[str, set[_Anchor]] = defaultdict(set)
    for slot, t in _slots(api):
        for name, path in _walk(t, ""):
            found[name].add(("", slot + (" " + path if path else "")))
    for model in api.models:
        for f in model.fields:
            for name, path in _walk(f.type, f.wire_name):
                found[name].add((model.name, path))
        for name, path in _walk(model.extra, "{}"):
            found[name].add((model.name, path))
    return found


def _text(anchor: _Anchor) -> str:
    parent, path = anchor
    return f"{parent}.{path}" if parent else path


MAX_ANCHORS = 16


def _sample(items: list[str], limit: int = MAX_ANCHORS) -> list[str]:
    """At most ``limit`` of the sorted ``items``, spread evenly (error bodies have thousands)."""
    if len(items) <= limit:
        return items
    return [items[i * len(items) // limit] for i in range(limit)]


@dataclass(frozen=True)
class NamesLock:
    classes: dict[str, list[str]] = field(default_factory=dict)  # class name -> anchors
    methods: dict[str, str] = field(default_factory=dict)  # operationId -> "resource.method"


def make_lock(api: Api) -> NamesLock:
    """The lock of one IR: each class with (up to MAX_ANCHORS of) its anchors, each method."""
    names = {m.name for m in api.models} | {e.name for e in api.enums}
    found = anchors(api)
    classes = {name: _sample(sorted(_text(a) for a in found.get(name, ()))) for name in sorted(names)}
    methods = {op.operation_id: f"{op.resource}.{op.method}" for op in sorted(api.operations, key=lambda o: o.operation_id)}
    return NamesLock(classes, methods)


def merge_lock(lock: NamesLock, api: Api) -> NamesLock:
    """``lock`` plus ``api``'s names (an anchor now used by another class moves to it)."""
    fresh = make_lock(api)
    owner = {anchor: name for name, items in fresh.classes.items() for anchor in items}
    merged: dict[str, set[str]] = {name: {a for a in items if a not in owner} for name, items in lock.classes.items()}
    for name, items in fresh.classes.items():
        merged.setdefault(name, set()).update(items)
    classes = {name: _sample(sorted(merged[name]), 2 * MAX_ANCHORS) for name in sorted(merged)}
    methods = dict(lock.methods)
    methods.update(fresh.methods)
    return NamesLock(classes, {k: methods[k] for k in sorted(methods)})


def read_lock(path: Path) -> NamesLock:
    data = json.loads(path.read_text(encoding="utf-8"))
    classes = {str(k): [str(a) for a in v] for k, v in data.get("classes", {}).items()}
    methods = {str(k): str(v) for k, v in data.get("methods", {}).items()}
    return NamesLock(classes, methods)


def lock_text(lock: NamesLock) -> str:
    return json.dumps({"format": LOCK_FORMAT, "classes": lock.classes, "methods": lock.methods}, indent=1, sort_keys=True) + "\n"


def resolve(api: Api, lock: NamesLock) -> dict[str, str]:
    """Fresh class name -> locked (or free) name, for every class of ``api``."""
    owner: dict[str, str] = {}
    for name in sorted(lock.classes):
        for anchor in lock.classes[name]:
            owner[anchor] = name
    found = anchors(api)
    classes = sorted({m.name for m in api.models} | {e.name for e in api.enums})

    # depth: 0 for classes used directly by an operation, else 1 + the shallowest parent
    depth: dict[str, int] = {c: 0 for c in classes if any(not parent for parent, _ in found.get(c, ()))}
    frontier = sorted(depth)
    children: dict[str, set[str]] = defaultdict(set)
    for c in classes:
        for parent, _ in found.get(c, ()):
            if parent:
                children[parent].add(c)
    while frontier:
        following = []
        for parent in frontier:
            for child in sorted(children.get(parent, ())):
                if child not in depth:
                    depth[child] = depth[parent] + 1
                    following.append(child)
        frontier = following
    for c in classes:
        depth.setdefault(c, 0)  # used by nothing we walk (cannot happen for a pruned IR)

    final: dict[str, str] = {}
    taken: set[str] = set()
    for level in sorted(set(depth.values())):
        wave = [c for c in classes if depth[c] == level]
        offers: list[tuple[int, bool, str, str]] = []  # (-votes, not own name, locked name, class)
        for c in wave:
            votes: Counter[str] = Counter()
            for parent, path in found.get(c, ()):
                if parent:
                    if parent not in final:
                        continue  # a deeper or cyclic parent: its anchors cannot be read yet
                    key = f"{final[parent]}.{path}"
                else:
                    key = path
                if key in owner:
                    votes[owner[key]] += 1
            offers.extend((-n, name != c, name, c) for name, n in votes.items())
        for _, _, name, c in sorted(offers):
            if c in final or name in taken:
                continue
            final[c] = name
            taken.add(name)
        for c in wave:
            if c in final:
                continue
            # new to the lock: its own name, unless the lock keeps that name for another schema
            candidate, n = c, 2
            while candidate in taken or candidate in lock.classes:
                candidate = f"{c}{n}"
                n += 1
            final[c] = candidate
            taken.add(candidate)
    return final


def resolve_methods(api: Api, lock: NamesLock) -> dict[str, str]:
    """operationId -> method name: the locked one where the operation keeps its resource."""
    from .. import naming

    by_resource: dict[str, list[Operation]] = defaultdict(list)
    for op in api.operations:
        by_resource[op.resource].append(op)
    out: dict[str, str] = {}
    for resource, ops in by_resource.items():
        locked: dict[str, str] = {}
        for op in sorted(ops, key=lambda o: o.operation_id):
            entry = lock.methods.get(op.operation_id, "")
            res, _, method = entry.rpartition(".")
            if res == resource and method and method not in locked.values():
                locked[op.operation_id] = method
        used = set(locked.values())
        for op in sorted(ops, key=lambda o: o.operation_id):
            if op.operation_id in locked:
                out[op.operation_id] = locked[op.operation_id]
                continue
            method = op.method
            if method in used:
                method = naming.argument_name(naming.snake(op.operation_id))  # the rules' own fallback
                base, n = method, 2
                while method in used:
                    method = f"{base}_{n}"
                    n += 1
            used.add(method)
            out[op.operation_id] = method
    return out


def apply_lock(api: Api, lock: NamesLock) -> Api:
    """``api`` with its classes and methods renamed to the names the lock remembers."""
    mapping = resolve(api, lock)
    methods = resolve_methods(api, lock)
    if all(old == new for old, new in mapping.items()) and all(op.method == methods[op.operation_id] for op in api.operations):
        return api
    renamed = rename_classes(api, mapping)
    return rename_methods(renamed, methods)


def rename_methods(api: Api, methods: dict[str, str]) -> Api:
    """``api`` with each operation's method set from ``methods`` (operationId -> name)."""
    moved = {f"{op.resource}.{op.method}": f"{op.resource}.{methods[op.operation_id]}" for op in api.operations}
    resources = []
    for resource in api.resources:
        ops = [
            replace(op, method=methods[op.operation_id], replacement=moved.get(op.replacement, op.replacement))
            for op in resource.operations
        ]
        resources.append(replace(resource, operations=tuple(sorted(ops, key=lambda o: o.method))))
    return replace(api, resources=tuple(resources))


def rename_classes(api: Api, mapping: dict[str, str]) -> Api:
    """``api`` with model and enum classes renamed by ``mapping`` everywhere they appear."""

    def t(ref: TypeRef | None) -> TypeRef | None:
        return None if ref is None else tt(ref)

    def tt(ref: TypeRef) -> TypeRef:
        name = mapping.get(ref.name, ref.name) if ref.kind in ("model", "enum") else ref.name
        return TypeRef(ref.kind, name, tuple(tt(i) for i in ref.items), ref.nullable, ref.discriminator)

    def body(b: Body | None) -> Body | None:
        return replace(b, type=tt(b.type)) if b is not None else None

    def hook(w: Webhook) -> Webhook:
        return replace(w, body=body(w.body))

    def response(r: Response) -> Response:
        return replace(r, type=t(r.type))

    def operation(op: Operation) -> Operation:
        return replace(
            op,
            parameters=tuple(replace(p, type=tt(p.type)) for p in op.parameters),
            body=body(op.body),
            responses=tuple(response(r) for r in op.responses),
            result=t(op.result),
            item_type=t(op.item_type),
            webhooks=tuple(hook(w) for w in op.webhooks),
        )

    def model(m: Model) -> Model:
        return replace(
            m,
            name=mapping.get(m.name, m.name),
            fields=tuple(replace(f, type=tt(f.type)) for f in m.fields),
            extra=t(m.extra),
        )

    models = sorted((model(m) for m in api.models), key=lambda m: m.name)
    enums = sorted((replace(e, name=mapping.get(e.name, e.name)) for e in api.enums), key=lambda e: e.name)
    resources = tuple(replace(r, operations=tuple(operation(op) for op in r.operations)) for r in api.resources)
    extras: dict[str, Any] = dict(api.extras)
    return replace(api, resources=resources, models=tuple(models), enums=tuple(enums), webhooks=tuple(hook(w) for w in api.webhooks), extras=extras)
