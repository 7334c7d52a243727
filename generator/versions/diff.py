"""The change report between two API versions, for people who regenerate the SDK.

``diff_apis(old, new)`` compares two IRs and lists what changed, in four sections:

- ``operations``: added, removed, newly deprecated (or no longer), moved (same
  operationId, new method or path), operationId changed (same method and path);
- ``parameters``: added, removed, became required or optional, type / enum / location /
  style changes, matched by location and wire name;
- ``schemas``: the request body and the result of each operation, compared field by
  field along the *wire* path from the operation (``[].connectors[].status``), never by
  class name, so a renamed class does not hide or fake a change;
- ``webhooks``: notifications added or removed, and their payloads compared like
  responses (the consumer receives them);
- ``sdk``: the generated surface: resources, methods, classes, fields, enum members and
  arguments renamed or removed. Classes are matched by where they are used (the same
  operation and field path in both versions), not by name.

Every change is classified breaking or not for a consumer of the SDK, after oasdiff's
rules where they apply: removing an operation, a parameter or a response property,
adding a required request property or parameter, narrowing a request enum, changing a
type (other than widening a request or narrowing a response) are breaking; adding optional
things, new operations and new response enum values are not (the SDK's enums are open, so
an unknown value still parses). Output is deterministic (sorted), as text, Markdown or
JSON.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..model.ir import Api, EnumType, Model, Operation, Parameter, TypeRef, Webhook

REPORT_FORMAT = "ampeco-codegen/diff/1"
SECTIONS = ("operations", "parameters", "schemas", "webhooks", "sdk")
SECTION_TITLES = {
    "operations": "Operations",
    "parameters": "Parameters",
    "schemas": "Request and response schemas",
    "webhooks": "Webhooks (notifications AMPECO sends)",
    "sdk": "Generated SDK surface",
}

# change -> breaking?, for each direction (oasdiff's categories, seen from the SDK user)
_REQUEST_RULES = {
    "added": None,  # breaking when the new property or parameter is required
    "removed": True,
    "type-changed": None,  # breaking unless the new type accepts every old value
    "became-nullable": False,
    "became-not-nullable": True,
    "became-required": True,
    "became-optional": False,
    "enum-value-added": False,
    "enum-value-removed": True,
}
_RESPONSE_RULES = {
    "added": False,
    "removed": True,
    "type-changed": None,  # breaking unless every new value fits the old type
    "became-nullable": True,
    "became-not-nullable": False,
    "became-required": False,
    "became-optional": True,
    "enum-value-added": False,  # open enums: an unknown value still parses
    "enum-value-removed": False,
}


@dataclass(frozen=True)
class Change:
    """One entry of the report."""

    section: str  # one of SECTIONS
    kind: str  # stable identifier, e.g. "response-property-removed"
    breaking: bool
    message: str  # one line, without the operation id
    operation: str = ""  # operationId (the new one when it changed)
    endpoint: str = ""  # "GET /path" (new side when it exists)
    sdk: str = ""  # "resource.method" (new side when it exists)
    where: str = ""  # "request body", "response", "query parameter", ...
    path: str = ""  # wire path inside ``where`` ("" is the body itself), or an SDK name
    old: Any = None
    new: Any = None
    deprecated: bool = False  # about something the old version already deprecated

    def sort_key(self) -> tuple[Any, ...]:
        return (
            SECTIONS.index(self.section),
            self.operation,
            self.where,
            self.path,
            self.kind,
            json.dumps(self.old, sort_keys=True, default=str),
            json.dumps(self.new, sort_keys=True, default=str),
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "section": self.section,
            "kind": self.kind,
            "breaking": self.breaking,
            "operation": self.operation,
            "endpoint": self.endpoint,
            "sdk": self.sdk,
            "where": self.where,
            "path": self.path,
            "old": self.old,
            "new": self.new,
            "deprecated": self.deprecated,
            "message": self.message,
        }

    def names(self) -> set[str]:
        """What a team's list of used things may name to select this change: the operationId,
        ``resource.method``, ``METHOD /path`` and the classes it is about."""
        found = {self.operation, self.sdk, self.endpoint}
        if self.section == "sdk" and self.path and "(" not in self.path:
            found.add(self.path.split(".", 1)[0])
            found.update(str(v) for v in (self.old, self.new) if isinstance(v, str))
        return {n for n in found if n}


@dataclass(frozen=True)
class Report:
    old_version: str
    new_version: str
    changes: tuple[Change, ...]
    old_label: str = ""
    new_label: str = ""
    old_operations: int = 0
    new_operations: int = 0

    @property
    def breaking(self) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if c.breaking)

    @property
    def has_breaking(self) -> bool:
        return any(c.breaking for c in self.changes)

    def gate(self, ignore_deprecated: bool = False, uses: set[str] | None = None) -> tuple[Change, ...]:
        """The breaking changes a CI gate fails for: without those about what the old version
        had already deprecated (``ignore_deprecated``), and only those about the operations
        and classes a team ``uses`` (operationIds, ``resource.method``, ``METHOD /path``,
        class names) when a list is given."""
        out = []
        for change in self.breaking:
            if ignore_deprecated and change.deprecated:
                continue
            if uses is not None and not (change.names() & uses):
                continue
            out.append(change)
        return tuple(out)

    def summary(self) -> dict[str, Any]:
        sections = {}
        for section in SECTIONS:
            entries = [c for c in self.changes if c.section == section]
            sections[section] = {"breaking": sum(c.breaking for c in entries), "non_breaking": sum(not c.breaking for c in entries)}
        kinds = Counter(c.kind for c in self.changes)
        return {
            "breaking": len(self.breaking),
            "non_breaking": len(self.changes) - len(self.breaking),
            "sections": sections,
            "kinds": {k: kinds[k] for k in sorted(kinds)},
        }

    # -- output -----------------------------------------------------------------------
    def to_json(self) -> dict[str, Any]:
        return {
            "format": REPORT_FORMAT,
            "old": {"version": self.old_version, "label": self.old_label or self.old_version, "operations": self.old_operations},
            "new": {"version": self.new_version, "label": self.new_label or self.new_version, "operations": self.new_operations},
            "summary": self.summary(),
            "changes": [c.to_json() for c in self.changes],
        }

    def json_text(self) -> str:
        return json.dumps(self.to_json(), indent=2, ensure_ascii=False, default=str) + "\n"

    def _headline(self) -> str:
        n_break = len(self.breaking)
        n_ok = len(self.changes) - n_break
        return f"{n_break} breaking, {n_ok} non-breaking"

    def text(self) -> str:
        lines = [
            f"API changes from {self._title(self.old_label, self.old_version)} to {self._title(self.new_label, self.new_version)}: {self._headline()}"
        ]
        if not self.changes:
            lines.append("")
            lines.append("No changes.")
        for section in SECTIONS:
            entries = [c for c in self.changes if c.section == section]
            if not entries:
                continue
            lines.append("")
            lines.append(f"{SECTION_TITLES[section]} ({len(entries)})")
            for change in entries:
                mark = "[breaking]" if change.breaking else "[ok]      "
                lines.append(f"  {mark} {_subject(change)}{change.message}")
        return "\n".join(lines) + "\n"

    def markdown(self) -> str:
        old = self._title(self.old_label, self.old_version)
        new = self._title(self.new_label, self.new_version)
        lines = [f"# API changes from {old} to {new}", ""]
        n_break = len(self.breaking)
        lines.append(f"**{n_break} breaking**, {len(self.changes) - n_break} non-breaking.")
        if not self.changes:
            lines += ["", "No changes."]
        for section in SECTIONS:
            entries = [c for c in self.changes if c.section == section]
            if not entries:
                continue
            lines += ["", f"## {SECTION_TITLES[section]}", "", "| | Where | Change |", "| --- | --- | --- |"]
            for change in entries:
                mark = "**breaking**" if change.breaking else "ok"
                subject = f"`{change.operation}`" if change.operation else ""
                lines.append(f"| {mark} | {subject} | {_md_cell(change.message)} |")
        return "\n".join(lines) + "\n"

    def render(self, fmt: str) -> str:
        if fmt == "json":
            return self.json_text()
        if fmt == "markdown":
            return self.markdown()
        return self.text()

    @staticmethod
    def _title(label: str, version: str) -> str:
        if label and label != version:
            return f"{version} ({label})"
        return version


def _subject(change: Change) -> str:
    return f"{change.operation}: " if change.operation else ""


def _md_cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


# -- types ---------------------------------------------------------------------------------
def type_text(t: TypeRef | None) -> str:
    """A type as the SDK spells it (``list[Evse] | None``)."""
    if t is None:
        return "None"
    if t.kind == "primitive":
        text = t.name
    elif t.kind == "any":
        text = "Any"
    elif t.kind in ("model", "enum"):
        text = t.name
    elif t.kind == "list":
        text = f"list[{type_text(t.items[0]) if t.items else 'Any'}]"
    elif t.kind == "dict":
        text = f"dict[str, {type_text(t.items[0]) if t.items else 'Any'}]"
    elif t.kind == "tuple":
        text = f"tuple[{', '.join(type_text(i) for i in t.items)}]"
    elif t.kind == "union":
        text = " | ".join(type_text(i) for i in t.items)
    else:  # pragma: no cover - the IR knows no other kinds
        text = t.kind
    if t.nullable and t.kind != "any":
        text += " | None"
    return text


_WIDER_PRIMITIVES = {("int", "float"), ("int", "Decimal"), ("float", "Decimal")}


def widens(old: TypeRef, new: TypeRef, enums_old: dict[str, EnumType] | None = None) -> bool:
    """True when every value of ``old`` is also a value of ``new`` (nullability aside)."""
    if new.kind == "any":
        return True
    if new.kind == "union":
        if old.kind == "union":
            return all(any(widens(o, n, enums_old) for n in new.items) for o in old.items)
        return any(widens(old, n, enums_old) for n in new.items)
    if old.kind == "primitive" and new.kind == "primitive":
        return old.name == new.name or (old.name, new.name) in _WIDER_PRIMITIVES
    if old.kind == "enum" and new.kind == "primitive":
        enum = (enums_old or {}).get(old.name)
        return enum is None or enum.value_type == new.name or (enum.value_type, new.name) in _WIDER_PRIMITIVES
    if old.kind == new.kind and old.kind in ("list", "dict"):
        return widens(old.items[0], new.items[0], enums_old) if old.items and new.items else True
    if old.kind == new.kind == "tuple" and len(old.items) == len(new.items):
        return all(widens(o, n, enums_old) for o, n in zip(old.items, new.items, strict=True))
    if old.kind == "tuple" and new.kind == "list" and new.items:
        return all(widens(o, new.items[0], enums_old) for o in old.items)
    return False


def _is_property(path: str) -> bool:
    """True when a wire path names a property (not just ``[]``, ``{}`` or union members)."""
    return bool(re.sub(r"\[\d*\]|\{\}|\(\d+\)", "", path))


def _join(prefix: str, suffix: str) -> str:
    if not prefix:
        return suffix
    if not suffix:
        return prefix
    if suffix[0] in "[{(":
        return prefix + suffix
    return f"{prefix}.{suffix}"


# A raw change found by the walker: (change, relative path, old, new, detail)
_Raw = tuple[str, str, Any, Any, dict[str, Any]]
_Pair = tuple[str, str, str]  # ("model" | "enum", old class, new class)


class _Walker:
    """Compares two types along their wire paths; remembers which classes meet where."""

    def __init__(self, old: Api, new: Api) -> None:
        self.old_models = {m.name: m for m in old.models}
        self.new_models = {m.name: m for m in new.models}
        self.old_enums = {e.name: e for e in old.enums}
        self.new_enums = {e.name: e for e in new.enums}
        self._memo: dict[tuple[str, str], tuple[list[_Raw], frozenset[_Pair]]] = {}

    def compare(self, old: TypeRef, new: TypeRef) -> tuple[list[_Raw], set[_Pair]]:
        changes: list[_Raw] = []
        pairs: set[_Pair] = set()
        self._types(old, new, "", changes, pairs, set())
        return changes, pairs

    def _types(self, old: TypeRef, new: TypeRef, path: str, out: list[_Raw], pairs: set[_Pair], stack: set[tuple[str, str]]) -> bool:
        """Append the changes between ``old`` and ``new`` at ``path``; True if a cycle was cut."""
        if old.nullable != new.nullable and not (old.kind == "any" and new.kind == "any"):
            out.append(("became-nullable" if new.nullable else "became-not-nullable", path, type_text(old), type_text(new), {}))
        kinds = (old.kind, new.kind)
        if kinds == ("model", "model"):
            pairs.add(("model", old.name, new.name))
            return self._models(old.name, new.name, path, out, pairs, stack)
        if kinds == ("enum", "enum"):
            pairs.add(("enum", old.name, new.name))
            self._enums(old.name, new.name, path, out)
            return False
        if old.kind == new.kind and old.kind in ("list", "dict") and old.items and new.items:
            return self._types(old.items[0], new.items[0], path + ("[]" if old.kind == "list" else "{}"), out, pairs, stack)
        if kinds == ("tuple", "tuple") and len(old.items) == len(new.items):
            cut = False
            for index, (a, b) in enumerate(zip(old.items, new.items, strict=True)):
                cut |= self._types(a, b, f"{path}[{index}]", out, pairs, stack)
            return cut
        if kinds == ("union", "union") and [i.kind for i in old.items] == [i.kind for i in new.items]:
            cut = False
            for index, (a, b) in enumerate(zip(old.items, new.items, strict=True)):
                cut |= self._types(a, b, f"{path}({index + 1})", out, pairs, stack)
            return cut
        if kinds == ("primitive", "primitive") and old.name == new.name:
            return False
        if kinds == ("any", "any"):
            return False
        if (old.kind in ("list", "dict") and old.kind == new.kind) or kinds == ("union", "union"):
            pass  # an empty list/dict item or a reshaped union: a type change
        detail = {"widening": widens(old, new, self.old_enums), "narrowing": widens(new, old, self.new_enums)}
        out.append(("type-changed", path, type_text(old.with_nullable(False)), type_text(new.with_nullable(False)), detail))
        return False

    def _enums(self, old_name: str, new_name: str, path: str, out: list[_Raw]) -> None:
        old, new = self.old_enums.get(old_name), self.new_enums.get(new_name)
        if old is None or new is None:
            return
        old_values = [m.value for m in old.members]
        new_values = [m.value for m in new.members]
        if old.value_type != new.value_type:
            detail = {
                "widening": (old.value_type, new.value_type) in _WIDER_PRIMITIVES,
                "narrowing": (new.value_type, old.value_type) in _WIDER_PRIMITIVES,
            }
            out.append(("type-changed", path, f"enum of {old.value_type}", f"enum of {new.value_type}", detail))
        added = [v for v in new_values if v not in old_values]
        removed = [v for v in old_values if v not in new_values]
        for value in removed:
            out.append(("enum-value-removed", path, value, None, {}))
        for value in added:
            out.append(("enum-value-added", path, None, value, {}))

    def _models(self, old_name: str, new_name: str, path: str, out: list[_Raw], pairs: set[_Pair], stack: set[tuple[str, str]]) -> bool:
        key = (old_name, new_name)
        memo = self._memo.get(key)
        if memo is not None:
            raw, inner = memo
            out.extend((c, _join(path, p), o, n, d) for c, p, o, n, d in raw)
            pairs.update(inner)
            return False
        if key in stack:
            return True  # the same pair inside itself: reported at the outer level
        old, new = self.old_models.get(old_name), self.new_models.get(new_name)
        if old is None or new is None:
            return False
        stack.add(key)
        local: list[_Raw] = []
        inner_pairs: set[_Pair] = set()
        cut = False
        old_fields = {f.wire_name: f for f in old.fields}
        new_fields = {f.wire_name: f for f in new.fields}
        for wire in sorted(set(old_fields) | set(new_fields)):
            a, b = old_fields.get(wire), new_fields.get(wire)
            if b is None:
                assert a is not None
                local.append(("removed", wire, type_text(a.type), None, {"required": a.required}))
            elif a is None:
                local.append(("added", wire, None, type_text(b.type), {"required": b.required}))
            else:
                if a.required != b.required:
                    local.append(("became-required" if b.required else "became-optional", wire, a.required, b.required, {}))
                cut |= self._types(a.type, b.type, wire, local, inner_pairs, stack)
        if old.extra is not None and new.extra is not None:
            cut |= self._types(old.extra, new.extra, "{}", local, inner_pairs, stack)
        elif (old.extra is None) != (new.extra is None) and not (old.closed or new.closed):
            pass  # additional properties are free-form either way
        stack.discard(key)
        if not cut:
            self._memo[key] = (local, frozenset(inner_pairs))
        out.extend((c, _join(path, p), o, n, d) for c, p, o, n, d in local)
        pairs.update(inner_pairs)
        return cut


# -- messages ----------------------------------------------------------------------------
def _fmt(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else repr(value)


def _describe(change: str, where: str, path: str, old: Any, new: Any, detail: dict[str, Any]) -> str:
    at = f"{where} {path}" if path else where
    if change == "added":
        what = "required" if detail.get("required") else "optional"
        return f"{at}: new {what} property ({new})"
    if change == "removed":
        return f"{at}: property removed (was {old})"
    if change == "type-changed":
        return f"{at}: type changed from {old} to {new}"
    if change == "became-nullable":
        return f"{at}: may now be null"
    if change == "became-not-nullable":
        return f"{at}: may no longer be null"
    if change == "became-required":
        return f"{at}: became required"
    if change == "became-optional":
        return f"{at}: became optional"
    if change == "enum-value-added":
        return f"{at}: enum value {_fmt(new)} added"
    if change == "enum-value-removed":
        return f"{at}: enum value {_fmt(old)} removed"
    return f"{at}: {change}"  # pragma: no cover


def _rule(direction: str, change: str, detail: dict[str, Any]) -> bool:
    rules = _REQUEST_RULES if direction == "request" else _RESPONSE_RULES
    verdict = rules[change]
    if verdict is not None:
        return verdict
    if change == "added":
        return bool(detail.get("required"))
    # type-changed: a request may widen, a response may narrow
    return not detail.get("widening" if direction == "request" else "narrowing", False)


def _endpoint(op: Operation) -> str:
    return f"{op.http_method} {op.path}"


def _sdk(op: Operation) -> str:
    return f"{op.resource}.{op.method}"


# -- the diff ------------------------------------------------------------------------------
class _Differ:
    def __init__(self, old: Api, new: Api) -> None:
        self.old = old
        self.new = new
        self.walker = _Walker(old, new)
        self.changes: list[Change] = []
        self.pair_counts: Counter[_Pair] = Counter()  # in how many operations two classes meet
        self._op_pairs: set[_Pair] = set()
        self.deprecated_ids: set[str] = {op.operation_id for op in old.operations if op.deprecated}
        from .lock import anchors, live_classes

        found = anchors(old)
        live = live_classes(old, found)
        self.deprecated_classes: set[str] = {c for c in found if c not in live}
        self.aliases: dict[str, str] = dict(new.extras.get("aliases", {}))

    def add(self, section: str, kind: str, breaking: bool, message: str, op: Operation | None = None, **extra: Any) -> None:
        if "deprecated" not in extra:
            if op is not None:
                extra["deprecated"] = op.operation_id in self.deprecated_ids
            elif section == "sdk" and kind.startswith(("sdk-class", "sdk-enum", "sdk-field")):
                extra["deprecated"] = str(extra.get("path", "")).split(".", 1)[0] in self.deprecated_classes
        self.changes.append(
            Change(
                section=section,
                kind=kind,
                breaking=breaking,
                message=message,
                operation=op.operation_id if op else "",
                endpoint=_endpoint(op) if op else "",
                sdk=_sdk(op) if op else "",
                **extra,
            )
        )

    def run(self) -> Report:
        matched, removed, added = match_operations(self.old.operations, self.new.operations)
        self.deprecated_ids |= {new.operation_id for old, new in matched if old.deprecated}
        new_by_endpoint = {(o.http_method, o.path): o for o in self.new.operations}
        for op in removed:
            note = " (it was deprecated)" if op.deprecated else ""
            self.add("operations", "operation-removed", True, f"removed: {_endpoint(op)}{note}", op)
            self.add("sdk", "sdk-method-removed", True, f"method client.{_sdk(op)}() removed", op, path=_sdk(op), old=_sdk(op))
        for op in added:
            state = "deprecated " if op.deprecated else ""
            self.add("operations", "operation-added", False, f"new {state}operation: {_endpoint(op)}, client.{_sdk(op)}()", op)
        for old_op, new_op in matched:
            self._op_pairs = set()
            self.operation(old_op, new_op, new_by_endpoint)
            self.responses_for_pairing(old_op, new_op)
            self.pair_counts.update(self._op_pairs)
        self.webhooks()
        self.resources(matched, removed)
        self.classes()
        changes = sorted(self.changes, key=Change.sort_key)
        unique: list[Change] = []
        for change in changes:
            if not unique or unique[-1] != change:
                unique.append(change)
        return Report(
            old_version=self.old.version,
            new_version=self.new.version,
            changes=tuple(unique),
            old_operations=len(self.old.operations),
            new_operations=len(self.new.operations),
        )

    # -- one operation ----------------------------------------------------------------
    def operation(self, old: Operation, new: Operation, new_by_endpoint: dict[tuple[str, str], Operation]) -> None:
        if old.operation_id != new.operation_id:
            self.add(
                "operations",
                "operation-id-changed",
                True,
                f"operationId changed from {old.operation_id!r} (OPERATIONS key and method name follow it)",
                new,
                old=old.operation_id,
                new=new.operation_id,
            )
        elif (old.http_method, path_shape(old.path)) != (new.http_method, path_shape(new.path)):
            successor = new_by_endpoint.get((old.http_method, old.path))
            note = f"; the old endpoint is now {successor.operation_id} (client.{_sdk(successor)})" if successor else ""
            self.add(
                "operations",
                "operation-moved",
                False,
                f"moved from {_endpoint(old)} to {_endpoint(new)}; client.{_sdk(new)}() now calls the new endpoint{note}",
                new,
                old=_endpoint(old),
                new=_endpoint(new),
            )
        if new.deprecated and not old.deprecated:
            hint = f" (use client.{new.replacement}() instead)" if new.replacement else ""
            self.add("operations", "operation-deprecated", False, f"deprecated{hint}", new)
        elif old.deprecated and not new.deprecated:
            self.add("operations", "operation-undeprecated", False, "no longer deprecated", new)
        if _sdk(old) != _sdk(new):
            self.add(
                "sdk",
                "sdk-method-renamed",
                True,
                f"method client.{_sdk(old)}() is now client.{_sdk(new)}()",
                new,
                path=_sdk(old),
                old=_sdk(old),
                new=_sdk(new),
            )
        self.parameters(old, new)
        self.body(old, new)
        self.result(old, new)

    def parameters(self, old_op: Operation, new_op: Operation) -> None:
        old_params = {(p.location, p.wire_name): p for p in old_op.parameters}
        new_params = {(p.location, p.wire_name): p for p in new_op.parameters}
        gone = [k for k in old_params if k not in new_params]
        came = [k for k in new_params if k not in old_params]
        pairs: list[tuple[Parameter, Parameter]] = [(old_params[k], new_params[k]) for k in old_params if k in new_params]
        # the same endpoint with a path parameter renamed ({tax} -> {taxId}): the same request
        # on the wire, one argument renamed (positional callers are not affected)
        if path_shape(old_op.path) == path_shape(new_op.path) and old_op.path != new_op.path:
            old_path = re.findall(r"\{([^}]*)\}", old_op.path)
            new_path = re.findall(r"\{([^}]*)\}", new_op.path)
            for wire_a, wire_b in zip(old_path, new_path, strict=True):
                ka, kb = ("path", wire_a), ("path", wire_b)
                if wire_a == wire_b or ka not in gone or kb not in came:
                    continue
                a, b = old_params[ka], new_params[kb]
                gone.remove(ka)
                came.remove(kb)
                pairs.append((a, b))
                self.add(
                    "parameters",
                    "request-path-parameter-renamed",
                    a.name != b.name,
                    f"path parameter {{{wire_a}}} renamed to {{{wire_b}}} (the same request on the wire); "
                    + (
                        f"argument {a.name!r} of client.{_sdk(new_op)}() is now {b.name!r}: breaking only for callers passing it by keyword"
                        if a.name != b.name
                        else "the SDK argument keeps its name"
                    ),
                    new_op,
                    where="path parameter",
                    path=wire_b,
                    old=a.name,
                    new=b.name,
                )
        renamed_path = {id(b) for a, b in pairs if a.location == b.location == "path" and a.wire_name != b.wire_name}
        # a parameter that only changed its location
        for key in list(gone):
            moved = [k for k in came if k[1] == key[1]]
            if len(moved) == 1:
                a, b = old_params[key], new_params[moved[0]]
                positional = "path" in (a.location, b.location)
                self.add(
                    "parameters",
                    "request-parameter-location-changed",
                    positional,
                    f"parameter {a.wire_name!r} moved from the {a.location} to the {b.location}",
                    new_op,
                    where=f"{b.location} parameter",
                    path=b.wire_name,
                    old=a.location,
                    new=b.location,
                )
                pairs.append((a, b))
                gone.remove(key)
                came.remove(moved[0])
        for key in sorted(gone):
            p = old_params[key]
            where = f"{p.location} parameter"
            self.add(
                "parameters",
                "request-parameter-removed",
                True,
                f"{where} {p.wire_name!r} removed",
                new_op,
                where=where,
                path=p.wire_name,
                old=type_text(p.type),
            )
            self.add(
                "sdk",
                "sdk-parameter-removed",
                True,
                f"argument {p.name!r} of client.{_sdk(new_op)}() removed",
                new_op,
                path=f"{_sdk(new_op)}({p.name})",
                old=p.name,
            )
        for key in sorted(came):
            p = new_params[key]
            where = f"{p.location} parameter"
            what = "required" if p.required else "optional"
            self.add(
                "parameters",
                "request-parameter-added",
                p.required,
                f"new {what} {where} {p.wire_name!r} ({type_text(p.type)})",
                new_op,
                where=where,
                path=p.wire_name,
                new=type_text(p.type),
            )
        for a, b in sorted(pairs, key=lambda ab: (ab[1].location, ab[1].wire_name)):
            where = f"{b.location} parameter"
            if a.required != b.required:
                kind = "request-parameter-became-required" if b.required else "request-parameter-became-optional"
                self.add(
                    "parameters",
                    kind,
                    b.required,
                    f"{where} {b.wire_name!r} became {'required' if b.required else 'optional'}",
                    new_op,
                    where=where,
                    path=b.wire_name,
                    old=a.required,
                    new=b.required,
                )
            if b.deprecated and not a.deprecated:
                self.add(
                    "parameters", "request-parameter-deprecated", False, f"{where} {b.wire_name!r} deprecated", new_op, where=where, path=b.wire_name
                )
            if (a.style, a.explode) != (b.style, b.explode) and a.location == b.location:
                self.add(
                    "parameters",
                    "request-parameter-style-changed",
                    False,
                    f"{where} {b.wire_name!r}: style changed from {a.style}{'/explode' if a.explode else ''} "
                    f"to {b.style}{'/explode' if b.explode else ''} (the SDK encodes it)",
                    new_op,
                    where=where,
                    path=b.wire_name,
                    old=f"{a.style}{'+explode' if a.explode else ''}",
                    new=f"{b.style}{'+explode' if b.explode else ''}",
                )
            raw, class_pairs = self.walker.compare(a.type, b.type)
            self._op_pairs.update(class_pairs)
            for change, path, o, n, detail in raw:
                full = _join(b.wire_name, path)
                kind = "request-parameter-" + ("property-" if _is_property(path) else "") + change
                self.add(
                    "parameters",
                    kind,
                    _rule("request", change, detail),
                    _describe(change, where, full, o, n, detail),
                    new_op,
                    where=where,
                    path=full,
                    old=o,
                    new=n,
                )
            if a.name != b.name and id(b) not in renamed_path:
                self.add(
                    "sdk",
                    "sdk-parameter-renamed",
                    True,
                    f"argument {a.name!r} of client.{_sdk(new_op)}() is now {b.name!r}",
                    new_op,
                    path=f"{_sdk(new_op)}({a.name})",
                    old=a.name,
                    new=b.name,
                )
        # path parameters are positional: the same wire names in another order break callers
        old_wires = [p.wire_name for p in old_op.parameters if p.location == "path"]
        new_wires = [p.wire_name for p in new_op.parameters if p.location == "path"]
        common_old = [w for w in old_wires if w in new_wires]
        common_new = [w for w in new_wires if w in old_wires]
        if common_old != common_new or (common_old and old_wires.index(common_old[0]) != new_wires.index(common_new[0])):
            old_names = [p.name for p in old_op.parameters if p.location == "path"]
            new_names = [p.name for p in new_op.parameters if p.location == "path"]
            self.add(
                "sdk",
                "sdk-parameter-position-changed",
                True,
                f"positional arguments of client.{_sdk(new_op)}() changed order: ({', '.join(old_names)}) -> ({', '.join(new_names)})",
                new_op,
                path=_sdk(new_op),
                old=old_names,
                new=new_names,
            )

    def _schema(self, where: str, direction: str, old_t: TypeRef, new_t: TypeRef, op: Operation) -> None:
        raw, class_pairs = self.walker.compare(old_t, new_t)
        self._op_pairs.update(class_pairs)
        prefix = "request" if direction == "request" else "response"
        for change, path, o, n, detail in raw:
            kind = f"{prefix}-property-{change}" if _is_property(path) else f"{prefix}-body-{change}"
            self.add(
                "schemas",
                kind,
                _rule(direction, change, detail),
                _describe(change, where, path, o, n, detail),
                op,
                where=where,
                path=path,
                old=o,
                new=n,
            )

    def body(self, old_op: Operation, new_op: Operation) -> None:
        a, b = old_op.body, new_op.body
        where = "request body"
        if a is None and b is None:
            return
        if a is None:
            assert b is not None
            what = "required" if b.required else "optional"
            self.add(
                "schemas",
                "request-body-added",
                b.required,
                f"new {what} request body ({type_text(b.type)})",
                new_op,
                where=where,
                new=type_text(b.type),
            )
            return
        if b is None:
            self.add(
                "schemas", "request-body-removed", True, f"request body removed (was {type_text(a.type)})", new_op, where=where, old=type_text(a.type)
            )
            return
        if b.required and not a.required:
            self.add("schemas", "request-body-became-required", True, "request body became required", new_op, where=where, old=False, new=True)
        if a.content_type != b.content_type:
            self.add(
                "schemas",
                "request-body-media-type-changed",
                True,
                f"request body media type changed from {a.content_type} to {b.content_type}",
                new_op,
                where=where,
                old=a.content_type,
                new=b.content_type,
            )
        self._schema(where, "request", a.type, b.type, new_op)

    def result(self, old_op: Operation, new_op: Operation) -> None:
        a, b = old_op.result, new_op.result
        where = "response"
        if a is None and b is None:
            return
        if a is None:
            assert b is not None
            self.add("schemas", "response-body-added", False, f"now returns {type_text(b)}", new_op, where=where, new=type_text(b))
            return
        if b is None:
            self.add(
                "schemas",
                "response-body-removed",
                True,
                f"no longer returns anything (returned {type_text(a)})",
                new_op,
                where=where,
                old=type_text(a),
            )
            return
        if bool(old_op.pagination) != bool(new_op.pagination):
            state = "now paginated (returns a pager)" if new_op.pagination else "no longer paginated (returns a list)"
            self.add(
                "schemas",
                "response-pagination-changed",
                True,
                f"response {state}",
                new_op,
                where=where,
                old=old_op.pagination or None,
                new=new_op.pagination or None,
            )
        self._schema(where, "response", a, b, new_op)

    # -- classes: pairing only (their changes are reported per operation) -------------------
    def responses_for_pairing(self, old_op: Operation, new_op: Operation) -> None:
        new_responses = {r.status: r for r in new_op.responses}
        for r in old_op.responses:
            other = new_responses.get(r.status)
            if r.type is not None and other is not None and other.type is not None:
                self._op_pairs.update(self.walker.compare(r.type, other.type)[1])

    def webhooks(self) -> None:
        """Notifications by name and method (several operations may declare the same one)."""

        def first(hooks: tuple[Webhook, ...]) -> dict[tuple[str, str], Webhook]:
            out: dict[tuple[str, str], Webhook] = {}
            for hook in sorted(hooks, key=lambda w: (w.name, w.http_method, w.operation_id)):
                out.setdefault((hook.name, hook.http_method), hook)
            return out

        old_hooks, new_hooks = first(self.old.webhooks), first(self.new.webhooks)
        for key in sorted(set(old_hooks) - set(new_hooks)):
            self.add(
                "webhooks", "webhook-removed", True, f"webhook {key[0]} removed: AMPECO no longer sends it", where=f"webhook {key[0]}", old=key[0]
            )
        for key in sorted(set(new_hooks) - set(old_hooks)):
            self.add("webhooks", "webhook-added", False, f"new webhook {key[0]}", where=f"webhook {key[0]}", new=key[0])
        for key in sorted(set(old_hooks) & set(new_hooks)):
            a, b = old_hooks[key].body, new_hooks[key].body
            if a is None or b is None:
                continue
            raw, class_pairs = self.walker.compare(a.type, b.type)
            self.pair_counts.update(class_pairs)
            where = f"webhook {key[0]}"
            for change, path, o, n, detail in raw:
                kind = f"webhook-property-{change}" if _is_property(path) else f"webhook-body-{change}"
                self.add(
                    "webhooks",
                    kind,
                    _rule("response", change, detail),
                    _describe(change, where, path, o, n, detail),
                    where=where,
                    path=path,
                    old=o,
                    new=n,
                )

    def resources(self, matched: list[tuple[Operation, Operation]], removed: list[Operation]) -> None:
        new_names = {r.name for r in self.new.resources}
        targets: dict[str, Counter[str]] = defaultdict(Counter)
        for old_op, new_op in matched:
            targets[old_op.resource][new_op.resource] += 1
        for resource in self.old.resources:
            if resource.name in new_names:
                continue
            found = targets.get(resource.name)
            if found:
                best = sorted(found.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
                self.add(
                    "sdk",
                    "sdk-resource-renamed",
                    True,
                    f"client.{resource.name} is now client.{best}",
                    path=resource.name,
                    old=resource.name,
                    new=best,
                )
            else:
                self.add("sdk", "sdk-resource-removed", True, f"client.{resource.name} removed", path=resource.name, old=resource.name)

    def classes(self) -> None:
        new_classes = {m.name: "model" for m in self.new.models} | {e.name: "enum" for e in self.new.enums}
        best: dict[tuple[str, str], str] = {}
        options: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
        for (kind, old_name, new_name), count in self.pair_counts.items():
            options[(kind, old_name)][new_name] += count
        for (kind, old_name), counter in options.items():
            # a class still used under its own name somewhere keeps it; otherwise the name
            # it meets in the most operations (ties: alphabetical) is its new name
            if old_name in counter:
                best[(kind, old_name)] = old_name
            else:
                best[(kind, old_name)] = sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        for kind, items in (("model", self.old.models), ("enum", self.old.enums)):
            for item in items:
                label = "class" if kind == "model" else "enum"
                target = best.get((kind, item.name))
                alias = self.aliases.get(item.name)
                if item.name not in new_classes and new_classes.get(alias or "") == kind:
                    # the SDK keeps the old name importable, as a deprecated alias of its heir
                    assert alias is not None
                    self.add(
                        "sdk",
                        f"sdk-{label}-aliased",
                        False,
                        f"{label} {item.name} is now {alias}; the old name stays importable as a deprecated alias",
                        path=item.name,
                        old=item.name,
                        new=alias,
                    )
                    target = alias
                elif target is None:
                    if new_classes.get(item.name) != kind:
                        self.add("sdk", f"sdk-{label}-removed", True, f"{label} {item.name} removed", path=item.name, old=item.name)
                        continue
                    target = item.name  # used nowhere we compare (e.g. only by a removed operation's error)
                elif target != item.name:
                    reused = " (that name now belongs to another schema)" if item.name in new_classes else ""
                    self.add(
                        "sdk", f"sdk-{label}-renamed", True, f"{label} {item.name} is now {target}{reused}", path=item.name, old=item.name, new=target
                    )
                if isinstance(item, Model):  # kind == "model"
                    self.fields(item, self.walker.new_models[target])
                else:
                    self.members(item, self.walker.new_enums[target])

    def fields(self, old: Model, new: Model) -> None:
        new_fields = {f.wire_name: f for f in new.fields}
        for f in old.fields:
            other = new_fields.get(f.wire_name)
            if other is None:
                self.add("sdk", "sdk-field-removed", True, f"field {old.name}.{f.name} removed", path=f"{old.name}.{f.name}", old=f.name)
            elif other.name != f.name:
                self.add(
                    "sdk",
                    "sdk-field-renamed",
                    True,
                    f"field {old.name}.{f.name} is now {new.name}.{other.name}",
                    path=f"{old.name}.{f.name}",
                    old=f.name,
                    new=other.name,
                )

    def members(self, old: EnumType, new: EnumType) -> None:
        new_members = {m.value: m for m in new.members}
        for m in old.members:
            other = new_members.get(m.value)
            if other is None:
                self.add("sdk", "sdk-enum-member-removed", True, f"enum member {old.name}.{m.name} removed", path=f"{old.name}.{m.name}", old=m.value)
            elif other.name != m.name:
                self.add(
                    "sdk",
                    "sdk-enum-member-renamed",
                    True,
                    f"enum member {old.name}.{m.name} is now {new.name}.{other.name}",
                    path=f"{old.name}.{m.name}",
                    old=m.name,
                    new=other.name,
                )


def path_shape(path: str) -> str:
    """A path without its parameter names: ``/taxes/{tax}`` and ``/taxes/{taxId}`` are one
    endpoint on the wire."""
    return re.sub(r"\{[^}]*\}", "{}", path)


def match_operations(
    old: Iterable[Operation], new: Iterable[Operation]
) -> tuple[list[tuple[Operation, Operation]], list[Operation], list[Operation]]:
    """Pair operations: by operationId, then (for the rest) by method and path.

    Returns (pairs, removed, added), each sorted by operationId.
    """
    old_by_id = {op.operation_id: op for op in old}
    new_by_id = {op.operation_id: op for op in new}
    pairs = [(old_by_id[i], new_by_id[i]) for i in sorted(old_by_id) if i in new_by_id]
    rest_old = {(o.http_method, path_shape(o.path)): o for i, o in old_by_id.items() if i not in new_by_id}
    rest_new = {(o.http_method, path_shape(o.path)): o for i, o in new_by_id.items() if i not in old_by_id}
    for endpoint in sorted(set(rest_old) & set(rest_new)):
        pairs.append((rest_old.pop(endpoint), rest_new.pop(endpoint)))
    pairs.sort(key=lambda p: p[1].operation_id)
    removed = sorted(rest_old.values(), key=lambda o: o.operation_id)
    added = sorted(rest_new.values(), key=lambda o: o.operation_id)
    return pairs, removed, added


def diff_apis(old: Api, new: Api, old_label: str = "", new_label: str = "") -> Report:
    """The change report from ``old`` to ``new``."""
    report = _Differ(old, new).run()
    if old_label or new_label:
        report = Report(
            old_version=report.old_version,
            new_version=report.new_version,
            changes=report.changes,
            old_label=old_label,
            new_label=new_label,
            old_operations=report.old_operations,
            new_operations=report.new_operations,
        )
    return report
