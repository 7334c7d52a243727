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

Per version (``VersionsLock``, the file ``specs/names.lock.json``, format 2): one entry
per manifest version, in manifest order, each with its classes and anchors, its methods,
its deprecated aliases and its spec's sha256 (stored as differences from the entry before).
A version that has an entry is generated with exactly those names, so a later version can
never rename a released one; a new version is named from the entries before it only
(``locked_api``), a live operation's name winning over a ``...Deprecated`` one's in a
merge, and a name it drops becomes a deprecated alias of its heir (``aliases_for``).
Reserved names (what the generated code imports) always beat the lock.

``make_lock(api)`` builds one entry from an IR; ``apply_lock(api, lock)`` renames with one;
``entry_of``/``read_versions_lock``/``write_versions_lock`` keep the file.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterator
from operator import is_
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

if TYPE_CHECKING:  # the IR's classes are imported where used: reading a lock needs none of them
    from ..model.ir import Api, Body, Model, Operation, Response, TypeRef, Webhook

LOCK_FORMAT = "ampeco-codegen/names-lock/1"

# An anchor of a class: ("", slot path) at an operation, or (parent class, path) when nested.
_Anchor = tuple[str, str]


def _walk(t: TypeRef | None, path: str) -> list[tuple[str, str]]:
    """(class name, path) for each class reached from ``t`` through lists, dicts and unions."""
    found: list[tuple[str, str]] = []
    if t is not None and (t.items or t.kind in ("model", "enum")):  # most types are scalars: nothing to walk
        _walk_into(t, path, found)
    return found


def _walk_into(t: TypeRef, path: str, found: list[tuple[str, str]]) -> None:
    if t.kind in ("model", "enum"):
        found.append((t.name, path))
    elif t.kind == "list" and t.items:
        _walk_into(t.items[0], path + "[]", found)
    elif t.kind == "dict" and t.items:
        _walk_into(t.items[0], path + "{}", found)
    elif t.kind in ("union", "tuple"):
        for index, item in enumerate(t.items):
            _walk_into(item, f"{path}({index + 1})", found)


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


class _Found:
    """``anchors(api)`` and what the lock reads beside them, gathered in one walk.

    ``components`` holds the anchors from ``api.unused_components`` again (``rename_classes``
    leaves those types as they are, so they keep their names when the rest is renamed);
    ``overlap`` is true when one of them was also found elsewhere (an operationId that
    spells a component's slot), which ``renamed`` cannot tell apart. ``live_paths`` are the
    operation anchors in a slot ``live_slots`` names (what ``_slot_key`` reads of an anchor
    is the start of its slot, so it is asked once per slot). (A plain class, not a
    dataclass: this module is read by an up-to-date ``generate``; see ``errors.Problem``.)"""

    __slots__ = ("found", "components", "overlap", "live_paths", "children")

    def __init__(self, found: dict[str, set[_Anchor]], components: dict[str, set[_Anchor]], overlap: bool, live_paths: set[str]) -> None:
        self.found = found
        self.components = components
        self.overlap = overlap
        self.live_paths = live_paths
        self.children: dict[str, set[str]] | None = None  # each parent's classes, once ``_resolve`` has them

    def renamed(self, mapping: dict[str, str]) -> dict[str, set[_Anchor]]:
        """The anchors of ``rename_classes(api, mapping)``, from those of ``api``: each class
        and parent under its new name, but the unused components' anchors under the names
        their (unrenamed) types hold. A class whose name, parents and anchors all stay keeps
        its very set (read it, never change it)."""
        components = self.components
        children = self.children if self.children is not None else _uses(self.found, set())[2]
        touched = set(mapping).union(components, *(children.get(parent, ()) for parent in mapping))
        out: dict[str, set[_Anchor]] = {}
        shared: set[str] = set()  # names whose set is still the one in ``found``
        for name, items in self.found.items():
            if name not in touched:
                out[name] = items
                shared.add(name)

        def into(name: str) -> set[_Anchor]:
            if name in shared:
                out[name] = set(out[name])
                shared.discard(name)
            return out.setdefault(name, set())

        for name in touched:
            found = self.found.get(name)
            own = components.get(name)
            kept = (found - own if own else found) if found else None
            if kept:
                into(mapping.get(name, name)).update([(mapping.get(parent, parent), path) if parent else (parent, path) for parent, path in kept])
        for name, items in components.items():
            into(name).update(items)
        return out


_CLASS_KINDS = ("model", "enum")


def _find(api: Api, live_keys: set[str] | None = None) -> _Found:
    """``anchors(api)`` (the same classes in the same order, the same anchors) with the rest
    of ``_Found``; ``live_paths`` is filled only when ``live_keys`` is given.

    ``_slots`` order, but a slot's name is only written when its type holds a class (most
    parameters are scalars), and each type is walked once for both of its operation's keys."""
    found: dict[str, set[_Anchor]] = defaultdict(set)
    live_paths: set[str] = set()
    walks: dict[int, list[tuple[str, str]]] = {}  # by type object: error bodies share theirs

    def add(t: TypeRef, slots: tuple[str, ...], lives: tuple[bool, ...]) -> None:
        walked = walks.get(id(t))
        if walked is None:
            walked = walks[id(t)] = []
            _walk_into(t, "", walked)
        for slot, live in zip(slots, lives, strict=True):
            for name, path in walked:
                text = slot + " " + path if path else slot
                found[name].add(("", text))
                if live:
                    live_paths.add(text)

    for op in api.operations:
        keys = (op.operation_id, f"{op.http_method} {op.path}")
        # an operation's slots are its key, a space and a word ("param", "body", "response")
        # that starts with no "/": ``_slot_key`` reads the same of all of them
        lives = (False, False) if live_keys is None else tuple([_slot_key(key + " body") in live_keys for key in keys])
        for p in op.parameters:
            t = p.type
            if t.items or t.kind in _CLASS_KINDS:  # most types are scalars: nothing to walk
                add(t, tuple([f"{key} param {p.location} {p.wire_name}" for key in keys]), lives)
        if op.body is not None:
            t = op.body.type
            if t.items or t.kind in _CLASS_KINDS:
                add(t, (keys[0] + " body", keys[1] + " body"), lives)
        for r in op.responses:
            rt = r.type
            if rt is not None and (rt.items or rt.kind in _CLASS_KINDS):
                add(rt, (f"{keys[0]} response {r.status}", f"{keys[1]} response {r.status}"), lives)
    for hook in api.webhooks:
        if hook.body is not None:
            t = hook.body.type
            if t.items or t.kind in _CLASS_KINDS:
                slot = f"webhook {hook.operation_id} {hook.name} {hook.http_method}"
                add(t, (slot,), (live_keys is not None and _slot_key(slot) in live_keys,))
    components: dict[str, set[_Anchor]] = defaultdict(set)
    overlap = False
    for pointer, t in api.unused_components:
        for name, path in _walk(t, ""):
            slot = f"component {pointer}"
            anchor = ("", slot + " " + path if path else slot)
            overlap = overlap or anchor in found.get(name, ())
            found[name].add(anchor)
            components[name].add(anchor)
            if live_keys is not None and _slot_key(slot) in live_keys:
                live_paths.add(anchor[1])
    for model in api.models:
        parent = model.name
        for f in model.fields:
            t = f.type
            if t.items or t.kind in _CLASS_KINDS:
                for name, path in _walk(t, f.wire_name):
                    found[name].add((parent, path))
        for name, path in _walk(model.extra, "{}"):
            found[name].add((parent, path))
    return _Found(found, components, overlap, live_paths)


def anchors(api: Api) -> dict[str, set[_Anchor]]:
    """Every class of ``api`` with the places it is used (in ``_slots`` order, then the
    models' fields)."""
    return _find(api).found


# The anchors of the last IR ``locked_api`` named, by the very objects ``make_lock`` reads
# (so ``entry_of`` on that IR, which ``generate`` asks for once the files are made, need not
# walk it again): (resources, models, enums, webhooks, unused components), the anchors of
# the IR before naming and the renaming.
_named: tuple[tuple[object, ...], _Found, dict[str, str]] | None = None


def _identity(api: Api) -> tuple[object, ...]:
    return (api.resources, api.models, api.enums, api.webhooks, api.unused_components)


def _known_anchors(api: Api) -> dict[str, set[_Anchor]]:
    """``anchors(api)``, derived from what ``locked_api`` found when it made ``api``."""
    if _named is not None:
        identity, found, mapping = _named
        if all(a is b for a, b in zip(identity, _identity(api), strict=True)):
            return found.renamed(mapping) if mapping else found.found
    return anchors(api)


def _text(anchor: _Anchor) -> str:
    parent, path = anchor
    return f"{parent}.{path}" if parent else path


MAX_ANCHORS = 16


def _sample(items: list[str], limit: int = MAX_ANCHORS) -> list[str]:
    """At most ``limit`` of the sorted ``items``, spread evenly (error bodies have thousands)."""
    if len(items) <= limit:
        return items
    return [items[i * len(items) // limit] for i in range(limit)]


class NamesLock(NamedTuple):
    """One version's names (or several versions' merged). A named tuple (see
    ``errors.Problem``) whose mappings are never changed in place: a new lock is made
    instead (``merge_names``, ``_replace``), so the empty defaults can be shared."""

    classes: dict[str, list[str]] = {}  # class name -> anchors
    methods: dict[str, str] = {}  # operationId -> "resource.method"
    aliases: dict[str, str] = {}  # deprecated old class name -> its replacement
    sha256: str = ""  # the spec file these names were given for


def make_lock(api: Api) -> NamesLock:
    """The lock of one IR: each class with (up to MAX_ANCHORS of) its anchors, each method."""
    names = {m.name for m in api.models} | {e.name for e in api.enums}
    found = _known_anchors(api)
    classes = {name: _sample(sorted([f"{p}.{a}" if p else a for p, a in found.get(name, ())])) for name in sorted(names)}
    methods = {op.operation_id: f"{op.resource}.{op.method}" for op in sorted(api.operations, key=lambda o: o.operation_id)}
    return NamesLock(classes, methods)


def merge_names(older: NamesLock, newer: NamesLock, limit: int = 0) -> NamesLock:
    """``older`` overlaid by ``newer``: an anchor ``newer`` gives to another class moves to it.

    A name whose anchors all moved stays (with none), so no later schema is given it.
    """
    owner = {anchor for items in newer.classes.values() for anchor in items}
    merged: dict[str, set[str]] = {name: {a for a in items if a not in owner} for name, items in older.classes.items()}
    for name, items in newer.classes.items():
        merged.setdefault(name, set()).update(items)
    classes = {name: (_sample(sorted(merged[name]), limit) if limit else sorted(merged[name])) for name in sorted(merged)}
    methods = dict(older.methods)
    methods.update(newer.methods)
    return NamesLock(classes, {k: methods[k] for k in sorted(methods)})


def merge_lock(lock: NamesLock, api: Api) -> NamesLock:
    """``lock`` plus ``api``'s names (an anchor now used by another class moves to it)."""
    return merge_names(lock, make_lock(api), 2 * MAX_ANCHORS)


def read_lock(path: Path) -> NamesLock:
    data = json.loads(path.read_text(encoding="utf-8"))
    classes = {str(k): [str(a) for a in v] for k, v in data.get("classes", {}).items()}
    methods = {str(k): str(v) for k, v in data.get("methods", {}).items()}
    return NamesLock(classes, methods)


def lock_text(lock: NamesLock) -> str:
    return json.dumps({"format": LOCK_FORMAT, "classes": lock.classes, "methods": lock.methods}, indent=1, sort_keys=True) + "\n"


def reserved_classes(api: Api) -> frozenset[str]:
    """Class names the generated package defines itself: no lock may hand them to a model."""
    from .. import naming

    resources = {r.class_name for r in api.resources}
    return naming.RESERVED_CLASSES | resources | {"Async" + c for c in resources}


def live_slots(api: Api) -> set[str]:
    """The slot keys (operationId, ``METHOD /path``) of operations that are not deprecated,
    with webhooks and the named components no operation uses (published vocabulary)."""
    keys = {"webhook", "component"}
    for op in api.operations:
        if not op.deprecated:
            keys.update((op.operation_id, f"{op.http_method} {op.path}"))
    return keys


def _slot_key(anchor_path: str) -> str:
    """The operation key an operation anchor starts with (``evseRead ...``, ``GET /x ...``)."""
    head = anchor_path.split(" ", 2)
    return " ".join(head[:2]) if head[0].isupper() and len(head) > 1 and head[1].startswith("/") else head[0]


def live_classes(api: Api, found: dict[str, set[_Anchor]] | None = None) -> set[str]:
    """The classes an operation that is not deprecated (or a webhook, or an unused named
    component) reaches, directly or through the fields of other such classes."""
    if found is None:
        walked = _find(api, live_slots(api))
        return _live(walked.found, walked.live_paths)
    live_keys = live_slots(api)
    return _live(found, {path for items in found.values() for parent, path in items if not parent and _slot_key(path) in live_keys})


def _live(found: dict[str, set[_Anchor]], live_paths: set[str]) -> set[str]:
    """``live_classes``, given the operation anchors in live slots."""
    _, live, children = _uses(found, live_paths)
    return _spread_live(live, children)


def _uses(found: dict[str, set[_Anchor]], live_paths: set[str]) -> tuple[set[str], set[str], dict[str, set[str]]]:
    """From one pass over the anchors: the classes used directly (by an operation, a webhook
    or a component), those of them used by a live one (``live_paths``), and each parent's
    children."""
    direct: set[str] = set()
    live: set[str] = set()
    children: dict[str, set[str]] = defaultdict(set)
    for c, items in found.items():
        for parent, path in items:
            if parent:
                children[parent].add(c)
            else:
                direct.add(c)
                if path in live_paths:
                    live.add(c)
    return direct, live, children


def _spread_live(live: set[str], children: dict[str, set[str]]) -> set[str]:
    """``live`` and every class its classes reach through their fields."""
    live = set(live)
    frontier = sorted(live)
    while frontier:
        following = []
        for parent in frontier:
            for child in sorted(children.get(parent, ())):
                if child not in live:
                    live.add(child)
                    following.append(child)
        frontier = following
    return live


def _from_deprecated(name: str) -> bool:
    """True for a name the rules made from a deprecated operation: AMPECO marks those with
    ``Deprecated`` in the operationId (``evseReadDeprecated``), and names carry its words."""
    from .. import naming

    if name.isascii() and "deprecated" not in name.lower():  # no word of it can be (words are its pieces)
        return False
    return "deprecated" in (word.lower() for word in naming.words(name))


def resolve(api: Api, lock: NamesLock) -> dict[str, str]:
    """Fresh class name -> locked (or free) name, for every class of ``api``.

    A locked name is never one the package reserves (``Notification``, ``EvsesResource``...).
    When a class meets several locked names (two classes of the previous version merged),
    a class live operations use takes a name made from a live operation over one made
    from a ``...Deprecated`` operation, then the name with most votes from anchors in live
    operations, then most votes in all.
    """
    return _resolve(api, lock, _find(api, live_slots(api)))


def _resolve(api: Api, lock: NamesLock, walked: _Found) -> dict[str, str]:
    """``resolve``, with ``api``'s anchors found (and ``live_paths`` filled) already."""
    reserved = reserved_classes(api)
    owner: dict[str, str] = {}
    for name in sorted(lock.classes):
        if name in reserved:
            continue
        for anchor in lock.classes[name]:
            owner[anchor] = name
    found, live_paths = walked.found, walked.live_paths
    classes = sorted({m.name for m in api.models} | {e.name for e in api.enums})

    direct, live_direct, children = _uses(found, live_paths)
    walked.children = children
    class_set = set(classes)
    # depth: 0 for classes used directly by an operation, else 1 + the shallowest parent
    depth: dict[str, int] = {c: 0 for c in classes if c in direct}
    frontier = sorted(depth)
    while frontier:
        following = []
        for parent in frontier:
            for child in sorted(children.get(parent, ())):
                if child in class_set and child not in depth:
                    depth[child] = depth[parent] + 1
                    following.append(child)
        frontier = following
    for c in classes:
        depth.setdefault(c, 0)  # used by nothing we walk (cannot happen for a pruned IR)

    live = _spread_live(live_direct, children)
    from_deprecated: dict[str, bool] = {}

    final: dict[str, str] = {}
    taken: set[str] = set()
    for level in sorted(set(depth.values())):
        wave = [c for c in classes if depth[c] == level]
        # (a live class offered a name from a deprecated operation, -live votes, -votes, not own name, locked name, class)
        offers: list[tuple[bool, int, int, bool, str, str]] = []
        for c in wave:
            votes: dict[str, int] = {}
            live_votes: dict[str, int] = {}
            for parent, path in found.get(c, ()):
                if parent:
                    if parent not in final:
                        continue  # a deeper or cyclic parent: its anchors cannot be read yet
                    key = f"{final[parent]}.{path}"
                    from_live = parent in live
                else:
                    key = path
                    from_live = path in live_paths
                voted = owner.get(key)
                if voted is not None:
                    votes[voted] = votes.get(voted, 0) + 1
                    live_votes[voted] = live_votes.get(voted, 0) + from_live
            for name, n in votes.items():
                deprecated = False
                if c in live:
                    known = from_deprecated.get(name)
                    deprecated = from_deprecated[name] = _from_deprecated(name) if known is None else known
                offers.append((deprecated, -live_votes[name], -n, name != c, name, c))
        for _, _, _, _, name, c in sorted(offers):
            if c in final or name in taken:
                continue
            final[c] = name
            taken.add(name)
        for c in wave:
            if c in final:
                continue
            # new to the lock: its own name, unless the lock keeps that name for another schema
            candidate, n = c, 2
            while candidate in taken or candidate in lock.classes or candidate in reserved:
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
    return _apply_lock(api, lock)[0]


def _apply_lock(api: Api, lock: NamesLock) -> tuple[Api, _Found, dict[str, str]]:
    """``apply_lock``, with the anchors of ``api`` and the class names that changed."""
    walked = _find(api, live_slots(api))
    mapping = _resolve(api, lock, walked)
    methods = resolve_methods(api, lock)
    moved = {old: new for old, new in mapping.items() if old != new}
    if not moved and all(op.method == methods[op.operation_id] for op in api.operations):
        return api, walked, moved
    renamed = rename_classes(api, mapping) if moved else api
    return rename_methods(renamed, methods), walked, moved


def rename_methods(api: Api, methods: dict[str, str]) -> Api:
    """``api`` with each operation's method set from ``methods`` (operationId -> name)."""
    moved = {f"{op.resource}.{op.method}": f"{op.resource}.{methods[op.operation_id]}" for op in api.operations}
    resources = []
    for resource in api.resources:
        ops = [_changed(op, method=methods[op.operation_id], replacement=moved.get(op.replacement, op.replacement)) for op in resource.operations]
        resources.append(_changed(resource, operations=_same(tuple(sorted(ops, key=lambda o: o.method)), resource.operations)))
    return _changed(api, resources=tuple(resources))


_T = TypeVar("_T")


def _changed(obj: _T, **changes: Any) -> _T:
    """``ir.evolve(obj, **changes)`` (``_replace``), or ``obj`` itself when every value given
    is the one it holds already (the same object, or an equal string): most objects a
    renaming meets keep all they hold."""
    for name, value in changes.items():
        held = getattr(obj, name)
        if held is not value and not (type(value) is str and held == value):
            from ..model.ir import evolve

            return evolve(obj, **changes)
    return obj


def _same(new: tuple[_T, ...], old: tuple[_T, ...]) -> tuple[_T, ...]:
    """``old`` when ``new`` holds the very same objects (so ``_changed`` sees no change)."""
    return old if len(new) == len(old) and all(map(is_, new, old)) else new


def rename_classes(api: Api, mapping: dict[str, str]) -> Api:
    """``api`` with model and enum classes renamed by ``mapping`` everywhere they appear.

    A type with nothing to rename is kept as it is, and so is whatever holds only such
    types; a rebuilt one keeps everything but the names (a union's discriminator and the
    ``tags`` of its alternatives included: they were once dropped here, which turned every
    discriminated union of a locked version into a plain one)."""
    from ..model.ir import TypeRef, evolve

    renamed: dict[int, TypeRef] = {}  # by id: each type object is rebuilt once
    moved = {old for old, new in mapping.items() if old != new}

    def t(ref: TypeRef | None) -> TypeRef | None:
        return None if ref is None else tt(ref)

    def tt(ref: TypeRef) -> TypeRef:
        if not ref.items and (ref.kind not in _CLASS_KINDS or ref.name not in moved):
            return ref  # most types: a scalar, or a class that keeps its name
        done = renamed.get(id(ref))
        if done is not None:
            return done
        name = mapping.get(ref.name, ref.name) if ref.kind in ("model", "enum") else ref.name
        items = _same(tuple([tt(i) for i in ref.items]), ref.items) if ref.items else ref.items
        unchanged = name == ref.name and items is ref.items
        done = ref if unchanged else TypeRef(ref.kind, name, items, ref.nullable, ref.discriminator, ref.tags)
        renamed[id(ref)] = done
        return done

    def body(b: Body | None) -> Body | None:
        return _changed(b, type=tt(b.type)) if b is not None else None

    def hook(w: Webhook) -> Webhook:
        return _changed(w, body=body(w.body))

    def response(r: Response) -> Response:
        return r if r.type is None or (typed := tt(r.type)) is r.type else evolve(r, type=typed)

    def operation(op: Operation) -> Operation:
        return _changed(
            op,
            parameters=_same(tuple([p if (typed := tt(p.type)) is p.type else evolve(p, type=typed) for p in op.parameters]), op.parameters),
            body=body(op.body),
            responses=_same(tuple([response(r) for r in op.responses]), op.responses),
            result=t(op.result),
            item_type=t(op.item_type),
            webhooks=_same(tuple([hook(w) for w in op.webhooks]), op.webhooks),
        )

    def model(m: Model) -> Model:
        return _changed(
            m,
            name=mapping.get(m.name, m.name),
            fields=_same(tuple([f if (typed := tt(f.type)) is f.type else evolve(f, type=typed) for f in m.fields]), m.fields),
            extra=t(m.extra),
        )

    models = sorted((model(m) for m in api.models), key=lambda m: m.name)
    enums = sorted((_changed(e, name=mapping.get(e.name, e.name)) for e in api.enums), key=lambda e: e.name)
    resources = tuple(_changed(r, operations=_same(tuple([operation(op) for op in r.operations]), r.operations)) for r in api.resources)
    extras: dict[str, Any] = dict(api.extras)
    return evolve(api, resources=resources, models=tuple(models), enums=tuple(enums), webhooks=tuple(hook(w) for w in api.webhooks), extras=extras)


# -- one entry per version -------------------------------------------------------------------
#
# ``specs/names.lock.json`` holds the names each version was generated with, in manifest
# order. A version with an entry is generated with exactly that entry (released SDKs are
# frozen: later versions cannot touch it); a version without one sees the merged entries of
# the versions before it and nothing else. Entries are stored as differences from the entry
# before them, so twenty similar versions cost little more than one.

LOCK_FORMAT_VERSIONS = "ampeco-codegen/names-lock/2"


class VersionsLock(NamedTuple):
    """The names of every generated version: version label -> its entry (manifest order).
    A named tuple, never changed in place (see ``NamesLock``)."""

    versions: dict[str, NamesLock] = {}
    legacy: NamesLock | None = None  # a lock of the old single-entry format: seen by every version

    def find(self, sha256: str) -> str | None:
        """The version whose entry was made from the spec with this sha256."""
        for label, entry in self.versions.items():
            if sha256 and entry.sha256 == sha256:
                return label
        return None

    def earlier(self, version: str) -> list[str]:
        from .manifest import version_key

        return sorted((v for v in self.versions if version_key(v) < version_key(version)), key=version_key)

    def seen_by(self, version: str) -> NamesLock:
        """The names a new ``version`` starts from: every earlier version's, later ones winning."""
        names = self.legacy or NamesLock()
        for label in self.earlier(version):
            names = merge_names(names, self.versions[label])
        return names

    def previous(self, version: str) -> NamesLock | None:
        """The entry of the version just before ``version`` (its classes may need aliases)."""
        earlier = self.earlier(version)
        return self.versions[earlier[-1]] if earlier else self.legacy

    def with_entry(self, version: str, entry: NamesLock) -> VersionsLock:
        from .manifest import version_key

        versions = dict(self.versions)
        versions[version] = entry
        return VersionsLock({v: versions[v] for v in sorted(versions, key=version_key)}, self.legacy)

    def only(self, keep: set[str]) -> VersionsLock:
        """Entries of ``keep`` alone (versions no longer in the manifest pruned), no legacy part."""
        return VersionsLock({v: e for v, e in self.versions.items() if v in keep})


def aliases_for(api: Api, previous: NamesLock | None) -> dict[str, str]:
    """Old class name -> the class of ``api`` that took its place, for each class of the
    previous version whose name ``api`` no longer has (it merged into another, or split).

    The replacement is the class now found at most of the old class's anchors (ties:
    alphabetical); aliases the previous version kept are carried on to their class's heir.
    """
    if previous is None:
        return {}
    names = {m.name for m in api.models} | {e.name for e in api.enums}
    reserved = reserved_classes(api)
    at: dict[str, str] = {}
    for name, items in anchors(api).items():
        for anchor in items:
            at[_text(anchor)] = name
    out: dict[str, str] = {}
    for old in sorted(previous.classes):
        if old in names or old in reserved:
            continue
        votes = Counter(at[a] for a in previous.classes[old] if a in at)
        if votes:
            out[old] = sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    for old, target in sorted(previous.aliases.items()):
        if old in names or old in out or old in reserved:
            continue
        heir = target if target in names else out.get(target)
        if heir:
            out[old] = heir
    return out


def locked_api(api: Api, lock: VersionsLock, version: str | None = None, sha256: str = "") -> Api:
    """``api`` named the way ``generate`` names it: with its own entry when the lock has one
    (found by ``version``, else by the spec's sha256, else by the API's own version), else
    with the names of the versions before it; old names it dropped become aliases."""
    global _named
    label = version or lock.find(sha256) or api.version
    own = lock.versions.get(label)
    if own is not None:
        named, walked, moved = _apply_lock(api, own)
        if not walked.overlap:
            _named = (_identity(named), walked, moved)
        names = {m.name for m in named.models} | {e.name for e in named.enums}
        aliases = {old: new for old, new in own.aliases.items() if new in names and old not in names}
    else:
        named = apply_lock(api, lock.seen_by(label))
        aliases = aliases_for(named, lock.previous(label))
    if not aliases and "aliases" not in named.extras:
        return named
    from ..model.ir import evolve

    return evolve(named, extras={**named.extras, "aliases": aliases})


def entry_of(api: Api, sha256: str = "") -> NamesLock:
    """The lock entry of a generated version: its names, its aliases, its spec."""
    lock = make_lock(api)
    return lock._replace(aliases=dict(sorted(api.extras.get("aliases", {}).items())), sha256=sha256)


def entry_text(entry: NamesLock) -> str:
    """One entry as text (what the output stamp hashes)."""
    data = {"classes": entry.classes, "methods": entry.methods, "aliases": entry.aliases, "sha256": entry.sha256}
    return json.dumps(data, sort_keys=True)


def read_versions_lock(path: Path) -> VersionsLock:
    """Read ``path`` (either format); a missing file is an empty lock. Bad content raises SpecError."""
    from ..errors import SpecError

    if not path.is_file():
        return VersionsLock()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
        if data.get("format") != LOCK_FORMAT_VERSIONS:
            return VersionsLock(legacy=read_lock(path))
        versions: dict[str, NamesLock] = {}
        before: NamesLock | None = None
        for raw in data["versions"]:
            classes = dict(before.classes) if before and raw.get("base") else {}
            methods = dict(before.methods) if before and raw.get("base") else {}
            for name in raw.get("removed_classes", ()):
                classes.pop(str(name), None)
            for op in raw.get("removed_methods", ()):
                methods.pop(str(op), None)
            classes.update({str(k): [str(a) for a in v] for k, v in raw.get("classes", {}).items()})
            methods.update({str(k): str(v) for k, v in raw.get("methods", {}).items()})
            entry = NamesLock(
                {k: classes[k] for k in sorted(classes)},
                {k: methods[k] for k in sorted(methods)},
                {str(k): str(v) for k, v in sorted(raw.get("aliases", {}).items())},
                str(raw.get("sha256", "")),
            )
            versions[str(raw["version"])] = before = entry
        return VersionsLock(versions)
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise SpecError(f"{path}: not a names lock ({exc}); restore it from version control or delete it") from None


def versions_lock_text(lock: VersionsLock) -> str:
    """The file form: each entry as its differences from the one before (sorted keys)."""
    out: list[dict[str, Any]] = []
    before: NamesLock | None = None
    for version, entry in lock.versions.items():
        raw: dict[str, Any] = {"version": version, "sha256": entry.sha256, "aliases": entry.aliases}
        if before is None:
            raw.update(classes=entry.classes, methods=entry.methods)
        else:
            raw["base"] = "previous"
            raw["classes"] = {k: v for k, v in entry.classes.items() if before.classes.get(k) != v}
            raw["removed_classes"] = sorted(set(before.classes) - set(entry.classes))
            raw["methods"] = {k: v for k, v in entry.methods.items() if before.methods.get(k) != v}
            raw["removed_methods"] = sorted(set(before.methods) - set(entry.methods))
        out.append(raw)
        before = entry
    data: dict[str, Any] = {"format": LOCK_FORMAT_VERSIONS, "versions": out}
    return json.dumps(data, indent=1, sort_keys=True) + "\n"


def write_versions_lock(path: Path, lock: VersionsLock) -> bool:
    """Write ``lock`` atomically when its text changed; True when the file was written."""
    from ..writer import replace_text

    text = versions_lock_text(lock)
    if path.is_file() and path.read_text(encoding="utf-8") == text:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    replace_text(path, text)
    return True
