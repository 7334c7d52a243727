"""Turn a loaded OpenAPI document into the IR (``ir.Api``).

Three steps:
1. every operation, parameter, body, response and callback is read; each schema becomes
   a ``TypeRef``. Object schemas and enums are identified by their *structure* (after
   allOf merging and after dropping readOnly properties from requests and writeOnly ones
   from responses), so the thousands of inline copies in AMPECO's spec collapse into one
   draft each. Every place a draft is used is recorded as a naming *site*.
2. ``assign_names`` gives each draft a class name from its sites (see its docstring).
3. drafts become ``Model`` / ``EnumType`` and placeholder type names are replaced.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from dataclasses import field as dc_field
from functools import partial
from pathlib import Path
from typing import Any, overload

from .. import naming
from ..errors import Problem, SpecError, json_pointer
from ..load.document import HTTP_METHODS, Document, unescape_pointer_part
from ..model.ir import (
    ANY,
    MISSING,
    NONE,
    Api,
    Body,
    BodyEncoding,
    Constraints,
    EnumMember,
    EnumType,
    Field,
    Model,
    Operation,
    Parameter,
    Resource,
    Response,
    SecurityScheme,
    TypeRef,
    Webhook,
)

STRING_FORMATS = {
    "date-time": "datetime",
    "datetime": "datetime",
    "datatime": "datetime",
    "date": "date",
    "time": "time",
    "binary": "bytes",
    "byte": "str",
}
NUMBER_FORMATS = {"decimal": "Decimal"}
JSON_TYPES = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}
ERROR_NAMES = {
    "400": "BadRequestErrorBody",
    "401": "UnauthorizedErrorBody",
    "403": "ForbiddenErrorBody",
    "404": "NotFoundErrorBody",
    "405": "MethodNotAllowedErrorBody",
    "406": "NotAcceptableErrorBody",
    "409": "ConflictErrorBody",
    "412": "PreconditionFailedErrorBody",
    "422": "ValidationErrorBody",
    "429": "RateLimitErrorBody",
}
PLACEHOLDER = "\x00"
# Object schemas nested deeper than this (counted in schema levels) are typed as free-form
# dicts: pydantic's model building recurses once per level and would exceed Python's
# default recursion limit on schemas hundreds of levels deep.
MAX_MODEL_DEPTH = 120

# Naming ranks: lower wins. See ``assign_names``.
RANK_COMPONENT, RANK_DATA, RANK_TITLE, RANK_OPERATION, RANK_ERROR, RANK_NESTED, RANK_WEAK = range(7)
GENERIC_ERROR = "ErrorBody"


@dataclass
class ParentRef:
    """The model a nested site belongs to; its key is filled in once that model's
    structure (and so its key) is known. Sites derived from one property share it."""

    key: str = ""


@dataclass
class Site:
    """One place a model or enum is used, and the names that place suggests."""

    rank: int
    names: tuple[str, ...] = ()
    parent: ParentRef | None = None  # the containing model, for nested sites
    prop: str = ""  # property (or "item"/"option N") inside the parent
    deprecated: bool = False


@dataclass
class Draft:
    """A model or enum before it has a name."""

    key: str
    kind: str  # "model" or "enum"
    structure: Any
    sites: list[Site] = dc_field(default_factory=list)
    descriptions: Counter[str] = dc_field(default_factory=Counter)
    field_descriptions: dict[str, Counter[str]] = dc_field(default_factory=lambda: defaultdict(Counter))
    field_examples: dict[str, Any] = dc_field(default_factory=dict)
    directions: set[str] = dc_field(default_factory=set)
    titles: Counter[str] = dc_field(default_factory=Counter)
    depth: int = 1 << 30
    name: str = ""
    # how many times each site (by id) is counted: a named schema's reuse counts its
    # sites again without copying them (see ``Normaliser._replay``)
    weights: dict[int, int] = dc_field(default_factory=dict)

    def add_site(self, site: Site, times: int = 1) -> None:
        if id(site) in self.weights:
            self.weights[id(site)] += times
        else:
            self.sites.append(site)
            self.weights[id(site)] = times

    def weight(self, site: Site) -> int:
        return self.weights.get(id(site), 1)


class _Log:
    """What reading one named schema did to the drafts: its own entries and the logs of
    the named schemas it reached (shared, not copied). ``flat`` sums it all up once."""

    def __init__(self) -> None:
        self.entries: list[tuple[Any, ...]] = []
        self.children: list[_Log] = []
        self._flat: tuple[dict[Any, Any], dict[Any, Any], dict[Any, Any]] | None = None

    def flat(self) -> tuple[dict[Any, Any], dict[Any, Any], dict[Any, Any]]:
        """(sites, counts, directions), each keyed by identity, with total weights."""
        if self._flat is not None:
            return self._flat
        sites: dict[tuple[int, int], list[Any]] = {}
        counts: dict[tuple[int, str], list[Any]] = {}
        directions: dict[int, Any] = {}
        for child in self.children:
            child_sites, child_counts, child_directions = child.flat()
            for k, (draft, site, times) in child_sites.items():
                sites.setdefault(k, [draft, site, 0])[2] += times
            for k, (counter, text, times) in child_counts.items():
                counts.setdefault(k, [counter, text, 0])[2] += times
            directions.update(child_directions)
        dropped: set[tuple[int, int]] = set()
        for entry in self.entries:
            kind = entry[0]
            if kind == "site":
                sites.setdefault((id(entry[1]), id(entry[2])), [entry[1], entry[2], 0])[2] += entry[3]
            elif kind == "count":
                counts.setdefault((id(entry[1]), entry[2]), [entry[1], entry[2], 0])[2] += entry[3]
            elif kind == "direction":
                directions[id(entry[1])] = entry[1]
            else:  # sites added and then taken back (a union of enums): no net effect
                dropped.update((id(entry[1]), id(s)) for s in entry[2])
        for k in dropped:
            sites.pop(k, None)
        self._flat = (sites, counts, directions)
        return self._flat


def _digest(structure: Any) -> str:
    text = json.dumps(structure, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def _best_text(counter: Counter[str]) -> str:
    """The most used text; ties go to the alphabetically first (order independent)."""
    if not counter:
        return ""
    return min(counter.items(), key=lambda kv: (-kv[1], kv[0]))[0]


def _constraints(schema: dict[str, Any]) -> Constraints:
    def num(key: str) -> float | None:
        value = schema.get(key)
        return value if isinstance(value, (int, float)) and not isinstance(value, bool) else None

    def whole(key: str) -> int | None:
        value = schema.get(key)
        return value if isinstance(value, int) and not isinstance(value, bool) else None

    minimum, maximum = num("minimum"), num("maximum")
    excl_min = schema.get("exclusiveMinimum")
    excl_max = schema.get("exclusiveMaximum")
    if isinstance(excl_min, (int, float)) and not isinstance(excl_min, bool):  # OpenAPI 3.1 form
        minimum, excl_min = excl_min, True
    if isinstance(excl_max, (int, float)) and not isinstance(excl_max, bool):
        maximum, excl_max = excl_max, True
    pattern = schema.get("pattern")
    return Constraints(
        minimum=minimum,
        maximum=maximum,
        exclusive_minimum=excl_min is True,
        exclusive_maximum=excl_max is True,
        multiple_of=num("multipleOf"),
        min_length=whole("minLength"),
        max_length=whole("maxLength"),
        pattern=pattern if isinstance(pattern, str) else None,
        min_items=whole("minItems"),
        max_items=whole("maxItems"),
    )


def _jsonable(value: Any) -> Any:
    """Keep only JSON-like defaults and examples (YAML may give dates and the like)."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    return str(value)


class Normaliser:
    def __init__(self, document: Document, package: str = "ampeco", unused_components: bool = True) -> None:
        self.document = document
        self.resolver = document.resolver
        self.package = package
        self.drafts: dict[str, Draft] = {}
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []
        self._pending: dict[str, list[Site]] = {}  # named schemas being read, with their sites
        self._sensitive: dict[str, bool] = {}
        self._in_progress: set[tuple[str, str]] = set()
        # named schemas read once per (location, direction): their type and what reading
        # them did to the drafts, replayed at every further use (see ``_ref_type``)
        self._done: dict[str, tuple[TypeRef, _Log]] = {}
        self._logs: list[_Log] = []
        self.unused_components_wanted = unused_components

    # -- what reading a schema does to the drafts (recorded, so a reuse can replay it) ----
    def _add_site(self, draft: Draft, site: Site, times: int = 1) -> None:
        draft.add_site(site, times)
        if self._logs:
            self._logs[-1].entries.append(("site", draft, site, times))

    def _count(self, counter: Counter[str], text: str) -> None:
        counter[text] += 1
        if self._logs:
            self._logs[-1].entries.append(("count", counter, text, 1))

    def _add_direction(self, draft: Draft, direction: str) -> None:
        draft.directions.add(direction)
        if self._logs:
            self._logs[-1].entries.append(("direction", draft))

    def _drop_sites(self, draft: Draft, sites: list[Site]) -> None:
        ids = {id(s) for s in sites}
        draft.sites = [s for s in draft.sites if id(s) not in ids]
        for i in ids:
            draft.weights.pop(i, None)
        if self._logs:
            self._logs[-1].entries.append(("drop", draft, tuple(sites)))

    def _replay(self, log: _Log, direction: str) -> None:
        """Do again what reading a named schema did, as reading it inline would: the same
        sites and texts, counted again (by weight, so a schema reached 2^n ways costs no
        2^n steps). Only the direction can differ between uses that share a log."""
        sites, counts, directions = log.flat()
        for draft, site, times in sites.values():
            draft.add_site(site, times)
        for counter, text, times in counts.values():
            counter[text] += times
        for draft in directions.values():
            draft.directions.add(direction)
        if self._logs:
            self._logs[-1].children.append(log)

    # -- problems -------------------------------------------------------------------
    def problem(self, message: str, where: tuple[Any, ...]) -> None:
        self.problems.append(Problem(message, str(self.document.path), json_pointer(where)))

    def warning(self, message: str, where: tuple[Any, ...]) -> None:
        self.warnings.append(Problem(message, str(self.document.path), json_pointer(where)))

    def requirements(self, raw: Any, where: tuple[Any, ...]) -> tuple[tuple[str, ...], ...] | None:
        """Security requirements as alternatives of scheme names (None: not given). An
        alternative naming a scheme ``components.securitySchemes`` does not define cannot
        be met: it is dropped with a located warning, so an operation whose every
        alternative is dropped sends no credential (instead of failing at call time)."""
        if not isinstance(raw, list):
            return None
        components = self.document.data.get("components")
        schemes = components.get("securitySchemes") if isinstance(components, dict) else None
        known = set(schemes) if isinstance(schemes, dict) else set()
        kept = []
        for index, item in enumerate(raw):
            if not isinstance(item, dict):
                continue
            alternative = tuple(sorted(str(k) for k in item))
            unknown = [name for name in alternative if name not in known]
            for name in unknown:
                self.warning(
                    f"security scheme {name!r} is not defined in components/securitySchemes: "
                    "this requirement is dropped (no credential is sent for it)",
                    (*where, index, name),
                )
            if not unknown:
                kept.append(alternative)
        return tuple(kept)

    def deref(self, node: Any, where: tuple[Any, ...]) -> Any:
        try:
            return self.resolver.deref(node)[0]
        except KeyError as exc:
            self.problem(str(exc.args[0]), where)
            return {}

    # -- schemas --------------------------------------------------------------------
    def type_of(self, schema: Any, direction: str, site: Site, where: tuple[Any, ...], depth: int = 0) -> TypeRef:
        """The SDK type for a schema used in ``direction`` ("request" or "response")."""
        if depth > 400:
            self.problem("schema nested more than 400 levels deep", where)
            return ANY
        if schema is True or schema is None or schema == {}:
            return ANY
        if not isinstance(schema, dict):
            self.problem(f"expected a schema object, found {type(schema).__name__}", where)
            return ANY
        if isinstance(schema.get("$ref"), str):
            return self._ref_type(schema, direction, site, where, depth)
        nullable = schema.get("nullable") is True
        types = schema.get("type")
        if isinstance(types, list):  # OpenAPI 3.1: type: [string, "null"]
            nullable = nullable or "null" in types
            types = [t for t in types if t != "null"]
            if not types and "null" in schema["type"]:
                return NONE
            if len(types) > 1:
                options = tuple(self.type_of({**schema, "type": t, "nullable": False}, direction, site, where, depth + 1) for t in types)
                return TypeRef("union", items=options, nullable=nullable)
            types = types[0] if types else None
            schema = {**schema, "type": types}
        if "allOf" in schema and isinstance(schema["allOf"], list):
            merged = self.merge_all_of(schema, where)
            if merged is not None:
                return self.type_of(merged, direction, site, where, depth + 1).with_nullable(nullable or merged.get("nullable") is True)
        for keyword in ("oneOf", "anyOf"):
            if isinstance(schema.get(keyword), list) and schema[keyword]:
                if isinstance(schema.get("properties"), dict) and schema["properties"]:
                    # properties beside a union apply to every option: allOf[properties, union]
                    own = {k: v for k, v in schema.items() if k not in ("oneOf", "anyOf")}
                    return self.type_of({"allOf": [own, {keyword: schema[keyword]}]}, direction, site, where, depth + 1)
                union = self._union(schema, keyword, direction, site, where, depth)
                return union.with_nullable(union.nullable or nullable)  # a null member counts too
        if "const" in schema:
            schema = {**schema, "enum": [schema["const"]]}
        if isinstance(schema.get("enum"), list):
            values = [v for v in schema["enum"] if v is not None]
            if None in schema["enum"]:
                nullable = True
                if not values:  # enum: [null], const: null
                    return NONE
            if values and all(isinstance(v, bool) for v in values):
                return TypeRef("primitive", "bool", nullable=nullable)
            if values and all(isinstance(v, (str, int, float)) and not isinstance(v, bool) for v in values):
                return self._enum(schema, values, site, where).with_nullable(nullable)
        kind = types if isinstance(types, str) else None
        if kind is None:
            if "properties" in schema or "additionalProperties" in schema:
                kind = "object"
            elif "items" in schema or "prefixItems" in schema:
                kind = "array"
        if kind == "object":
            if depth > MAX_MODEL_DEPTH:  # pydantic cannot build models nested deeper
                return TypeRef("dict", items=(ANY,), nullable=nullable)
            return self._object(schema, direction, site, where, depth).with_nullable(nullable)
        if kind == "array":
            items = schema.get("items")
            if isinstance(schema.get("prefixItems"), list) and schema["prefixItems"]:
                return self._prefix_items(schema, direction, site, where, depth).with_nullable(nullable)
            if isinstance(items, dict) and items:
                item_site = (
                    Site(RANK_NESTED, parent=site.parent, prop=site.prop + "[]")
                    if not site.names
                    else Site(_derived(site.rank), tuple(n + "Item" for n in site.names), deprecated=site.deprecated)
                )
                inner = self.type_of(items, direction, item_site, (*where, "items"), depth + 1)
            else:
                inner = ANY
            return TypeRef("list", items=(inner,), nullable=nullable)
        if kind in JSON_TYPES:
            fmt = schema.get("format") if isinstance(schema.get("format"), str) else ""
            name = JSON_TYPES[kind]
            if kind == "string":
                name = STRING_FORMATS.get(fmt, "str")
            elif kind == "number":
                name = NUMBER_FORMATS.get(fmt, "float")
            return TypeRef("primitive", name, nullable=nullable)
        if kind == "null":
            return NONE
        if kind is not None:
            self.problem(f"unknown schema type {kind!r}; treated as any JSON value", where)
        return TypeRef("any", nullable=nullable)

    def _prefix_items(self, schema: dict[str, Any], direction: str, site: Site, where: tuple[Any, ...], depth: int) -> TypeRef:
        """OpenAPI 3.1 ``prefixItems``: a tuple when no further items may follow (``items:
        false`` or ``maxItems``) and ``minItems`` does not let any be left out; otherwise a
        list of any of them (and of what ``items`` allows after them)."""
        prefix = schema["prefixItems"]
        members = []
        for index, item in enumerate(prefix):
            item_site = (
                Site(RANK_NESTED, parent=site.parent, prop=f"{site.prop}{index + 1}")
                if not site.names
                else Site(_derived(site.rank), tuple(f"{n}{index + 1}" for n in site.names), deprecated=site.deprecated)
            )
            members.append(self.type_of(item, direction, item_site, (*where, "prefixItems", index), depth + 1))
        max_items, min_items = schema.get("maxItems"), schema.get("minItems")
        closed = schema.get("items") is False or (isinstance(max_items, int) and max_items <= len(prefix))
        if closed and (not isinstance(min_items, int) or min_items >= len(prefix)):
            return TypeRef("tuple", items=tuple(members))
        rest = schema.get("items")
        if isinstance(rest, dict) and rest:
            members.append(self.type_of(rest, direction, site, (*where, "items"), depth + 1))
        elif rest is not False:
            members.append(ANY)  # more items of any kind may follow
        unique = list(dict.fromkeys(members))
        if ANY in unique:
            return TypeRef("list", items=(ANY,))
        return TypeRef("list", items=(unique[0] if len(unique) == 1 else TypeRef("union", items=tuple(unique)),))

    def _ref_type(self, schema: dict[str, Any], direction: str, site: Site, where: tuple[Any, ...], depth: int) -> TypeRef:
        ref = schema["$ref"]
        try:
            target, file, pointer = self.resolver.lookup(ref)
        except KeyError as exc:
            self.problem(str(exc.args[0]), where)
            return ANY
        location = f"{file}#{pointer}"
        parts = pointer.split("/")
        # a named schema: components/schemas/X, any .../$defs/X or definitions/X, or the
        # top level of a bundled schema file (x-bundled/<file>/X)
        named = (len(parts) >= 3 and parts[-2] in ("schemas", "$defs", "definitions")) or (len(parts) == 4 and parts[1] == "x-bundled")
        extra = {k: v for k, v in schema.items() if k not in ("$ref", "description", "summary")}
        nullable = schema.get("nullable") is True
        if not named or not isinstance(target, dict) or extra:
            merged = dict(target) if isinstance(target, dict) else target
            if isinstance(merged, dict) and extra:
                merged = {**merged, **extra}
            if (location, direction) in self._in_progress:
                return ANY  # an unnamed cycle: the inner occurrence is free-form
            self._in_progress.add((location, direction))
            try:
                return self.type_of(merged, direction, site, where, depth + 1).with_nullable(nullable or _nullable_of(merged))
            finally:
                self._in_progress.discard((location, direction))
        component = unescape_pointer_part(parts[-1])
        # a name that says nothing (``1``, ``allOf-2``) yields to the names of its uses
        weak = naming.is_artefact_name(component)
        component_site = Site(RANK_WEAK if weak else RANK_COMPONENT, (naming.component_class_name(component),))
        # a named schema has a key fixed by where it lives, so a reference back to it
        # from inside itself (recursion) can name it before its structure is known
        # one key for both directions when nothing in reach is readOnly or writeOnly
        # (a recursive schema would otherwise split into a request and a response class)
        key = "c" + _digest([location, direction if self._direction_sensitive(location, target) else ""])
        done = self._done.get(key)
        if done is not None:
            # read before: the same type (nullability included), and the drafts see this use
            # exactly as they would see the schema written here inline
            result, log = done
            self._replay(log, direction)
            if result.kind in ("model", "enum"):
                self._add_site(self.drafts[result.name[1:]], site)
            return result.with_nullable(result.nullable or nullable)
        if key in self._pending:  # a use inside itself (recursion): the type is not known yet
            self._pending[key].append(site)
            return TypeRef("model", PLACEHOLDER + key, nullable=nullable or self._nullable_deep(target, where))
        self._pending[key] = [site]
        self._logs.append(_Log())
        try:
            result = self.type_of(target, direction, component_site, where, depth + 1)
        finally:
            waiting = self._pending.pop(key)
            log = self._logs.pop()
        draft = self.drafts[result.name[1:]] if result.kind in ("model", "enum") else None
        if draft is not None:
            self.drafts[key] = draft  # the location key and the structural key share the draft
            for inner in waiting[1:]:  # uses from inside: part of reading the schema
                draft.add_site(inner)
                log.entries.append(("site", draft, inner, 1))
        if self._logs:
            self._logs[-1].children.append(log)
        self._done[key] = (result, log)
        if draft is not None:
            self._add_site(draft, site)
        return result.with_nullable(result.nullable or nullable)

    def _nullable_deep(self, schema: Any, where: tuple[Any, ...]) -> bool:
        """Whether a schema admits null, through references and allOf."""
        flat = self.merge_all_of(schema, where) if isinstance(schema, dict) else None
        flat = flat if isinstance(flat, dict) else schema
        if not isinstance(flat, dict):
            return False
        types = flat.get("type")
        values = flat.get("enum")
        return (
            flat.get("nullable") is True
            or (isinstance(types, list) and "null" in types)
            or types == "null"
            or (isinstance(values, list) and None in values)
            or ("const" in flat and flat["const"] is None)
        )

    def _direction_sensitive(self, location: str, target: Any) -> bool:
        """Whether a schema, following its references, has readOnly or writeOnly anywhere."""
        cached = self._sensitive.get(location)
        if cached is not None:
            return cached
        seen: set[int] = set()
        stack = [target]
        found = False
        while stack and not found:
            node = stack.pop()
            if isinstance(node, dict):
                if id(node) in seen:
                    continue
                seen.add(id(node))
                if node.get("readOnly") is True or node.get("writeOnly") is True:
                    found = True
                ref = node.get("$ref")
                if isinstance(ref, str):
                    with contextlib.suppress(KeyError):
                        stack.append(self.resolver.lookup(ref)[0])
                stack.extend(v for k, v in node.items() if k not in ("$ref", "example", "examples", "default", "enum", "const"))
            elif isinstance(node, list):
                stack.extend(node)
        self._sensitive[location] = found
        return found

    def flatten(self, schema: Any, where: tuple[Any, ...]) -> dict[str, Any]:
        """A schema's keywords as one mapping, as if written inline: $refs followed (a
        keyword beside a $ref wins over the target's) and allOf parts merged."""
        if not isinstance(schema, dict):
            return {}
        if not isinstance(schema.get("$ref"), str) and "allOf" not in schema:
            return schema
        merged = self.merge_all_of(schema, where)
        if merged is not None:
            return merged
        resolved = self.deref(schema, where)
        return resolved if isinstance(resolved, dict) else {}

    def merge_all_of(self, schema: dict[str, Any], where: tuple[Any, ...]) -> dict[str, Any] | None:
        """Merge allOf parts into one schema, or None when they cannot be merged. A $ref
        anywhere (the schema, a part, a chain of them) is read as its target written in its
        place, with the keywords beside the $ref applying after the target's."""
        parts: list[dict[str, Any]] = []

        def collect(node: dict[str, Any], at: tuple[Any, ...], depth: int = 0) -> bool:
            if depth > 100:
                return False
            if isinstance(node.get("$ref"), str):
                try:
                    target = self.resolver.lookup(node["$ref"])[0]
                except KeyError as exc:
                    self.problem(str(exc.args[0]), at)
                    return False
                if not isinstance(target, dict) or not collect(target, at, depth + 1):
                    return False
                node = {k: v for k, v in node.items() if k != "$ref"}
            for index, part in enumerate(node.get("allOf") or []):
                if not isinstance(part, dict):
                    return False
                if not collect(part, (*at, "allOf", index), depth + 1):
                    return False
            rest = {k: v for k, v in node.items() if k != "allOf"}
            if rest:
                parts.append(rest)
            return True

        if not collect(schema, where):
            return None
        for index, part in enumerate(parts):
            for keyword in ("oneOf", "anyOf"):
                options = part.get(keyword)
                if isinstance(options, list) and options:
                    # allOf[X, oneOf[A, B]] is oneOf[allOf[X, A], allOf[X, B]]
                    others = parts[:index] + [{k: v for k, v in part.items() if k != keyword}] + parts[index + 1 :]
                    others = [p for p in others if p]
                    outer: dict[str, Any] = {k: schema[k] for k in ("title", "description", "nullable") if k in schema}
                    return {**outer, keyword: [{"allOf": [*others, option]} for option in options]}
        objects = [p for p in parts if p.get("type") == "object" or "properties" in p]
        if not objects:
            if len(parts) == 1:
                return parts[0]
            merged_simple: dict[str, Any] = {}
            for part in parts:
                merged_simple.update(part)
            return merged_simple
        merged: dict[str, Any] = {"type": "object", "properties": {}}
        required: list[str] = []
        for part in parts:
            for key, value in part.items():
                if key == "properties" and isinstance(value, dict):
                    for name, prop in value.items():
                        earlier = merged["properties"].get(name)
                        merged["properties"][name] = prop if earlier is None else self._combine(earlier, prop, where)
                elif key == "required" and isinstance(value, list):
                    required.extend(r for r in value if r not in required)
                elif key in ("description", "title"):
                    merged[key] = value  # the outermost schema's own words come last
                elif key != "type":
                    merged[key] = value
        if required:
            merged["required"] = required
        return merged

    def _combine(self, first: Any, second: Any, where: tuple[Any, ...]) -> Any:
        """One property declared by two allOf parts: both apply (objects merge, arrays
        merge their items, otherwise the later declaration's keywords win)."""
        a = self.deref(first, where) if isinstance(first, dict) else first
        b = self.deref(second, where) if isinstance(second, dict) else second
        if not isinstance(a, dict) or not isinstance(b, dict):
            return second
        objects = [x for x in (a, b) if x.get("type") == "object" or "properties" in x or "allOf" in x]
        if len(objects) == 2:
            return {"allOf": [a, b]}
        if a.get("type") == "array" and b.get("type") == "array" and isinstance(a.get("items"), dict) and isinstance(b.get("items"), dict):
            return {**a, **b, "items": self._combine(a["items"], b["items"], where)}
        return {**a, **b}

    def _union(self, schema: dict[str, Any], keyword: str, direction: str, site: Site, where: tuple[Any, ...], depth: int) -> TypeRef:
        members = []
        member_sites = []
        for index, member in enumerate(schema[keyword]):
            member_schema = member
            if isinstance(member, dict) and not isinstance(member.get("$ref"), str):
                # a member inherits the outer type/format when it does not say its own
                inherited = {k: schema[k] for k in ("type", "format") if k in schema and k not in member}
                member_schema = {**inherited, **member} if inherited and "allOf" not in member else member
            member_site = (
                Site(_derived(site.rank), tuple(f"{n}Option{index + 1}" for n in site.names), deprecated=site.deprecated)
                if site.names
                else Site(RANK_NESTED, parent=site.parent, prop=f"{site.prop}Option{index + 1}")
            )
            member_sites.append(member_site)
            members.append(self.type_of(member_schema, direction, member_site, (*where, keyword, index), depth + 1))
        nulls = [m == NONE or (m.kind == "any" and m.nullable) for m in members]  # null members
        nullable = any(nulls)
        members = [m for m, null in zip(members, nulls, strict=True) if not null]
        enums = [m for m in members if m.kind == "enum"]
        if enums and len(enums) == len(members):
            merged_values: list[Any] = []
            for member in enums:
                for value in self.drafts[member.name[1:]].structure["values"]:
                    if value not in merged_values:
                        merged_values.append(value)
            for member in enums:  # the merged enum replaces its members here
                self._drop_sites(self.drafts[member.name[1:]], member_sites)
            titled = {k: v for k, v in schema.items() if k not in (keyword,)}
            return self._enum(titled, merged_values, site, where).with_nullable(nullable or any(m.nullable for m in members))
        unique: list[TypeRef] = []
        for member in members:
            nested = member.items if member.kind == "union" and not member.discriminator else (member,)
            for option in nested:  # a union inside a union is one flat union
                option = option.with_nullable(option.nullable or member.nullable)
                if option not in unique:
                    unique.append(option)
        if not unique:  # only null members
            return NONE
        if any(m.kind == "any" and not m.nullable for m in unique):
            return TypeRef("any", nullable=nullable)
        if len(unique) == 1:
            return unique[0].with_nullable(unique[0].nullable or nullable)
        disc = schema.get("discriminator")
        prop = disc.get("propertyName", "") if isinstance(disc, dict) else ""
        prop = prop if isinstance(prop, str) else ""
        tags: tuple[str, ...] = ()
        if prop and isinstance(disc, dict) and len(unique) == len(members) == len(schema[keyword]):
            tags = self._tags(schema[keyword], disc, prop)
        return TypeRef("union", items=tuple(unique), nullable=nullable, discriminator=prop, tags=tags)

    def _tags(self, options: list[Any], disc: dict[str, Any], prop: str) -> tuple[str, ...]:
        """Each option's discriminator value: from ``mapping``, else the referenced
        schema's name, else a single enum/const value of the property; () if any is unknown."""
        mapping = disc.get("mapping")
        if not isinstance(mapping, dict):
            mapping = {}
        tags = []
        for option in options:
            ref = option.get("$ref") if isinstance(option, dict) else None
            tag = ""
            if isinstance(ref, str):
                name = unescape_pointer_part(ref.rsplit("/", 1)[-1])
                matches = sorted(str(k) for k, v in mapping.items() if v in (ref, name) or str(v).rsplit("/", 1)[-1] == name)
                tag = matches[0] if matches else name
            if not tag or (mapping and not isinstance(ref, str)):
                resolved = self.deref(option, ()) if isinstance(option, dict) else {}
                merged = self.merge_all_of(resolved, ()) if isinstance(resolved, dict) and "allOf" in resolved else resolved
                spec = (merged or {}).get("properties", {}).get(prop, {}) if isinstance(merged, dict) else {}
                spec = self.deref(spec, ()) if isinstance(spec, dict) else {}
                enum = spec.get("enum")
                values = enum if isinstance(enum, list) else [spec["const"]] if "const" in spec else []
                tag = str(values[0]) if len(values) == 1 else tag
            if not tag:
                return ()
            tags.append(tag)
        return tuple(tags) if len(set(tags)) == len(tags) else ()

    def _enum(self, schema: dict[str, Any], values: list[Any], site: Site, where: tuple[Any, ...]) -> TypeRef:
        if all(isinstance(v, str) for v in values):
            value_type = "str"
        elif all(isinstance(v, int) for v in values):
            value_type = "int"
        elif all(isinstance(v, (int, float)) for v in values):
            value_type = "float"
        else:
            value_type = "str"
            values = [str(v) for v in values]
        structure = {"values": values, "type": value_type}
        key = "e" + _digest(structure)
        draft = self.drafts.get(key)
        if draft is None:
            draft = self.drafts[key] = Draft(key, "enum", structure)
        self._add_site(draft, site)
        description = schema.get("description")
        if isinstance(description, str):
            self._count(draft.descriptions, description)
        title = schema.get("title")
        if isinstance(title, str) and title.strip():
            self._add_site(draft, Site(RANK_TITLE, (naming.class_name(title),)))
        return TypeRef("enum", PLACEHOLDER + key)

    def _object(self, schema: dict[str, Any], direction: str, site: Site, where: tuple[Any, ...], depth: int) -> TypeRef:
        properties = schema.get("properties")
        additional = schema.get("additionalProperties")
        if not isinstance(properties, dict) or not properties:
            if isinstance(additional, dict) and additional:
                value_site = (
                    Site(RANK_NESTED, parent=site.parent, prop=site.prop + "Value")
                    if not site.names
                    else Site(_derived(site.rank), tuple(n + "Value" for n in site.names))
                )
                value = self.type_of(additional, direction, value_site, (*where, "additionalProperties"), depth + 1)
                return TypeRef("dict", items=(value,))
            return TypeRef("dict", items=(ANY,))
        required = schema.get("required")
        if not isinstance(required, list):
            required = []
        undeclared = [name for name in required if isinstance(name, str) and name not in properties]
        if undeclared:  # required but not described: a required field of any JSON value
            properties = {**properties, **{name: {} for name in undeclared}}
        parent_ref = ParentRef()
        fields = []
        for wire, prop in properties.items():
            at = (*where, "properties", wire)
            raw = prop
            # the property's own keywords as written inline: through $refs (a keyword
            # beside a $ref wins) and allOf wrappers, however deep
            flags = self.flatten(prop, at)
            read_only = flags.get("readOnly") is True or (isinstance(raw, dict) and raw.get("readOnly") is True)
            write_only = flags.get("writeOnly") is True or (isinstance(raw, dict) and raw.get("writeOnly") is True)
            if direction == "request" and read_only:
                continue
            if direction == "response" and write_only:
                continue
            nested = Site(RANK_NESTED, parent=parent_ref, prop=str(wire))
            ftype = self.type_of(prop, direction, nested, at, depth + 1)
            default = flags.get("default", MISSING)
            fields.append(
                {
                    "wire": str(wire),
                    "type": _type_key(ftype),
                    "required": wire in required,
                    "default": _jsonable(default) if default is not MISSING else "__missing__",
                    "read_only": read_only,
                    "write_only": write_only,
                    "deprecated": flags.get("deprecated") is True,
                    "format": flags.get("format") if isinstance(flags.get("format"), str) else "",
                    "constraints": _constraints(flags).__dict__,
                    "_type": ftype,
                    "_description": (
                        flags.get("description")
                        if isinstance(flags.get("description"), str)
                        else (raw.get("description") if isinstance(raw, dict) and isinstance(raw.get("description"), str) else "")
                    ),
                    "_example": _example_of(flags),
                }
            )
        extra_type = None
        if isinstance(additional, dict) and additional:
            extra_type = self.type_of(
                additional, direction, Site(RANK_NESTED, parent=parent_ref, prop="Extra"), (*where, "additionalProperties"), depth + 1
            )
        structure = {
            "fields": [{k: v for k, v in f.items() if not k.startswith("_")} for f in fields],
            "extra": _type_key(extra_type) if extra_type else None,
            "closed": additional is False,
        }
        key = "m" + _digest(structure)
        draft = self.drafts.get(key)
        if draft is None:
            draft = self.drafts[key] = Draft(key, "model", structure)
            draft.structure["_types"] = [f["_type"] for f in fields]
            draft.structure["_extra_type"] = extra_type
        self._add_site(draft, site)
        self._add_direction(draft, direction)
        description = schema.get("description")
        if isinstance(description, str) and description.strip():
            self._count(draft.descriptions, description)
        title = schema.get("title")
        if isinstance(title, str) and title.strip():
            self._add_site(draft, Site(RANK_TITLE, (naming.class_name(title),)))
        for f in fields:
            if f["_description"]:
                self._count(draft.field_descriptions[f["wire"]], f["_description"])
            if f["_example"] is not MISSING and f["wire"] not in draft.field_examples:
                draft.field_examples[f["wire"]] = _jsonable(f["_example"])
        parent_ref.key = key  # nested sites point at this model now that its key is known
        return TypeRef("model", PLACEHOLDER + key)

    # -- operations -----------------------------------------------------------------
    def run(self) -> Api:
        data = self.document.data
        raw_ops = []
        paths = data.get("paths") or {}
        if not isinstance(paths, dict):
            self.problem("'paths' must be a mapping", ("paths",))
            paths = {}
        for route in sorted(paths):
            item = self.deref(paths[route], ("paths", route))
            if not isinstance(item, dict):
                continue
            for method in HTTP_METHODS:
                if isinstance(item.get(method), dict):
                    raw_ops.append((route, method, item, item[method]))
        used_ids = {op.get("operationId") for _, _, _, op in raw_ops if isinstance(op.get("operationId"), str)}
        operations = []
        for route, method, item, op in raw_ops:
            operations.append(self.operation(route, method, item, op, used_ids))
        operations = assign_path_resources(operations)
        hooks = self.top_level_webhooks()
        roots: list[TypeRef | None] = [w.body.type for w in hooks if w.body]
        for op in operations:
            roots.extend(p.type for p in op.parameters)
            roots.extend(r.type for r in op.responses)
            roots.extend([op.result, op.item_type, op.body.type if op.body else None])
            roots.extend(w.body.type for w in op.webhooks if w.body)
        used_by_api = self.reachable(roots)
        unused = self.unused_components(used_by_api) if self.unused_components_wanted else []
        unused_roots: list[TypeRef | None] = [t for _, t in unused]
        # the ones that add classes (the others are the same structure as a used class)
        unused = [(p, t) for p, t in unused if self.reachable([t]) - used_by_api]
        if self.problems:
            raise SpecError(f"{self.document.path}: {len(self.problems)} problem(s) found", tuple(self.problems[:50]))
        used = self.reachable(roots + unused_roots)
        for key in [k for k, d in self.drafts.items() if id(d) not in used]:
            del self.drafts[key]
        resource_names = {".".join(op.resource.split(".")[:n]) for op in operations for n in range(1, op.resource.count(".") + 2)}
        resource_classes = {naming.class_name(name) + "Resource" for name in resource_names}
        reserved = naming.RESERVED_CLASSES | resource_classes | {"Async" + c for c in resource_classes}
        # what the API uses is named first, exactly as if nothing else were declared; the
        # components nothing uses take names from what is left
        assign_names({k: d for k, d in self.drafts.items() if id(d) in used_by_api}, reserved)
        assign_names(self.drafts, reserved)
        models, enums = self.finish_drafts(used)
        renamer = _Renamer(self.drafts)
        operations = [renamer.operation(op) for op in operations]
        operations = _resolve_methods(operations)
        resources = _group(operations)
        info = data.get("info") or {}
        servers = data.get("servers") or [{}]
        server = servers[0] if isinstance(servers, list) and servers and isinstance(servers[0], dict) else {}
        webhooks = tuple(w for op in operations for w in op.webhooks)
        webhooks += tuple(renamer.webhook(w) for w in hooks)
        security = data.get("components", {}).get("securitySchemes", {}) if isinstance(data.get("components"), dict) else {}
        schemes = self.security_schemes(security if isinstance(security, dict) else {})
        default_security = self.requirements(data.get("security"), ("security",)) or ()
        return Api(
            title=str(info.get("title", "API")),
            version=str(info.get("version", "0.0.0")),
            description=str(info.get("description", "") or ""),
            server_url=str(server.get("url", "")),
            package=self.package,
            resources=resources,
            models=models,
            enums=enums,
            webhooks=webhooks,
            security=tuple(sorted(security)) if isinstance(security, dict) else (),
            security_schemes=schemes,
            default_security=default_security,
            unused_components=tuple((pointer, t) for pointer, t in ((p, renamer.type(t)) for p, t in unused) if t is not None),
            warnings=tuple(self.warnings),
            default_base_url=default_base_url(servers),
        )

    def unused_components(self, used: set[int]) -> list[tuple[str, TypeRef]]:
        """Read every ``components/schemas`` entry no operation or webhook reached, as a
        response would read it, so the published vocabulary has its models and enums too.
        The classes the API uses are left exactly as they were (their sites, descriptions
        and directions are put back), so declaring a schema never renames a used one."""
        components = self.document.data.get("components")
        schemas = components.get("schemas") if isinstance(components, dict) else None
        if not isinstance(schemas, dict):
            return []
        kept = {
            id(d): (
                d,
                list(d.sites),
                dict(d.weights),
                Counter(d.descriptions),
                {k: Counter(v) for k, v in d.field_descriptions.items()},
                dict(d.field_examples),
                set(d.directions),
            )
            for d in self.drafts.values()
            if id(d) in used
        }
        referenced = self._referenced()
        roots: list[tuple[str, TypeRef]] = []
        for name in sorted(schemas, key=str):
            pointer = "/components/schemas/" + str(name).replace("~", "~0").replace("/", "~1")
            if f"{self.resolver.root_path}#{pointer}" in referenced:
                continue
            site = Site(RANK_COMPONENT, (naming.component_class_name(str(name)),))
            roots.append((pointer, self.type_of({"$ref": "#" + pointer}, "response", site, ("components", "schemas", name))))
        for draft, sites, weights, descriptions, field_descriptions, examples, directions in kept.values():
            draft.sites = sites
            draft.weights = weights
            draft.descriptions = descriptions
            draft.field_descriptions = defaultdict(Counter, field_descriptions)
            draft.field_examples = examples
            draft.directions = directions
        return roots

    def _referenced(self) -> set[str]:
        """Every ``file#pointer`` a $ref reaches from the paths and webhooks, following
        references into components (what the operations use, modelled or not)."""
        data = self.document.data
        seen: set[str] = set()
        visited: set[int] = set()
        stack: list[Any] = [data.get("paths"), data.get("webhooks")]
        while stack:
            node = stack.pop()
            if isinstance(node, dict):
                if id(node) in visited:
                    continue
                visited.add(id(node))
                ref = node.get("$ref")
                if isinstance(ref, str):
                    try:
                        target, file, pointer = self.resolver.lookup(ref)
                    except KeyError:
                        target, file, pointer = None, Path(), ""
                    if target is not None:
                        seen.add(f"{file}#{pointer}")
                        stack.append(target)
                stack.extend(node.values())
            elif isinstance(node, list):
                stack.extend(node)
        return seen

    def security_schemes(self, raw: dict[str, Any]) -> tuple[SecurityScheme, ...]:
        out = []
        for name in sorted(raw):
            scheme = self.deref(raw[name], ("components", "securitySchemes", name))
            if not isinstance(scheme, dict):
                continue
            kind = str(scheme.get("type", ""))
            out.append(
                SecurityScheme(
                    name=str(name),
                    kind=kind,
                    scheme=str(scheme.get("scheme", "")).lower() if kind == "http" else "",
                    location=str(scheme.get("in", "")) if kind == "apiKey" else "",
                    parameter=str(scheme.get("name", "")) if kind == "apiKey" else "",
                    description=str(scheme.get("description") or ""),
                )
            )
        return tuple(out)

    def top_level_webhooks(self) -> tuple[Webhook, ...]:
        """OpenAPI 3.1 ``webhooks``: notifications not tied to an operation."""
        hooks = self.document.data.get("webhooks")
        if not isinstance(hooks, dict):
            return ()
        out = []
        for name in sorted(hooks):
            item = self.deref(hooks[name], ("webhooks", name))
            if not isinstance(item, dict):
                continue
            for method in HTTP_METHODS:
                op = item.get(method)
                if isinstance(op, dict):
                    out.append(self.webhook(str(name), "", "", method, op, ("webhooks", name, method)))
        return tuple(out)

    def parameters(self, item: dict[str, Any], op: dict[str, Any], where: tuple[Any, ...], op_id: str, deprecated: bool) -> list[Parameter]:
        merged: dict[tuple[str, str], tuple[dict[str, Any], tuple[Any, ...]]] = {}
        for source, at in ((item.get("parameters") or [], where[:2] + ("parameters",)), (op.get("parameters") or [], (*where, "parameters"))):
            if not isinstance(source, list):
                continue
            for index, raw in enumerate(source):
                prm = self.deref(raw, (*at, index))
                if not isinstance(prm, dict) or "name" not in prm or "in" not in prm:
                    self.problem("a parameter needs 'name' and 'in'", (*at, index))
                    continue
                merged[(str(prm["in"]), str(prm["name"]))] = (prm, (*at, index))
        out = []
        for (location, wire), (prm, at) in merged.items():
            style = prm.get("style") or ("form" if location in ("query", "cookie") else "simple")
            explode = prm.get("explode")
            if not isinstance(explode, bool):
                explode = style == "form"
            schema = prm.get("schema")
            if schema is None and isinstance(prm.get("content"), dict):
                for media in prm["content"].values():
                    schema = media.get("schema") if isinstance(media, dict) else None
                    break
            site = Site(RANK_OPERATION, (naming.class_name(op_id) + naming.pascal(wire),), deprecated=deprecated)
            ptype = self.type_of(schema if schema is not None else {}, "request", site, (*at, "schema"))
            resolved = self.flatten(schema, (*at, "schema"))
            default = resolved.get("default", MISSING) if isinstance(resolved, dict) else MISSING
            out.append(
                Parameter(
                    name=naming.argument_name(wire),
                    wire_name=wire,
                    location=location,
                    type=ptype,
                    required=bool(prm.get("required")) or location == "path",
                    style=str(style),
                    explode=explode,
                    description=str(prm.get("description") or ""),
                    deprecated=prm.get("deprecated") is True,
                    default=_jsonable(default) if default is not MISSING else MISSING,
                    constraints=_constraints(resolved) if isinstance(resolved, dict) else Constraints(),
                )
            )
        order = {"path": 0, "query": 1, "header": 2, "cookie": 3}
        path_order = {name: i for i, name in enumerate(_path_names(where[1]))}
        out.sort(key=lambda p: (order.get(p.location, 4), path_order.get(p.wire_name, 0) if p.location == "path" else 0))
        names = naming.dedupe([p.name for p in out])
        return [replace(p, name=n) for p, n in zip(out, names, strict=True)]

    def operation(self, route: str, method: str, item: dict[str, Any], op: dict[str, Any], used_ids: set[Any]) -> Operation:
        where = ("paths", route, method)
        op_id = op.get("operationId")
        if not isinstance(op_id, str) or not op_id.strip():
            op_id = naming.camel(f"{method} {route}")
            base, n = op_id, 2
            while op_id in used_ids:
                op_id = f"{base}{n}"
                n += 1
            used_ids.add(op_id)
        deprecated = op.get("deprecated") is True
        tags = op.get("tags") if isinstance(op.get("tags"), list) else []
        tag = str(tags[0]) if tags else ""
        params = self.parameters(item, op, where, op_id, deprecated)
        body = None
        raw_body = op.get("requestBody")
        if raw_body is not None:
            rb = self.deref(raw_body, (*where, "requestBody"))
            content = rb.get("content") if isinstance(rb, dict) else None
            if isinstance(content, dict) and content:
                content_type = _pick_content(content)
                media = content[content_type] if isinstance(content[content_type], dict) else {}
                site = Site(RANK_OPERATION, (naming.class_name(op_id) + "Request",), deprecated=deprecated)
                btype = self.type_of(media.get("schema", {}), "request", site, (*where, "requestBody", "content", content_type, "schema"))
                body = Body(content_type, btype, rb.get("required") is True, str(rb.get("description") or ""))
                body = replace(body, encoding=self.body_encoding(content_type, media))
        responses, result, unwrap, item_type = self.responses(op, where, op_id, deprecated)
        query_names = {p.wire_name for p in params if p.location == "query"}
        pagination = ""
        if item_type is not None:
            kinds = [k for k, wire in (("cursor", "cursor"), ("page", "page")) if wire in query_names]
            pagination = "+".join(kinds) or "page"
        webhooks = []
        callbacks = op.get("callbacks")
        if isinstance(callbacks, dict):
            for cb_name in sorted(callbacks):
                cb = self.deref(callbacks[cb_name], (*where, "callbacks", cb_name))
                if not isinstance(cb, dict):
                    continue
                for expression in sorted(cb):
                    cb_item = self.deref(cb[expression], (*where, "callbacks", cb_name, expression))
                    if not isinstance(cb_item, dict):
                        continue
                    for cb_method in HTTP_METHODS:
                        if isinstance(cb_item.get(cb_method), dict):
                            webhooks.append(
                                self.webhook(
                                    str(cb_name),
                                    op_id,
                                    str(expression),
                                    cb_method,
                                    cb_item[cb_method],
                                    (*where, "callbacks", cb_name, expression, cb_method),
                                    deprecated,
                                )
                            )
        return Operation(
            security=self.requirements(op.get("security"), (*where, "security")),
            operation_id=op_id,
            http_method=method.upper(),
            path=route,
            tag=tag,
            resource=naming.resource_name(tag, route),
            method="",
            summary=str(op.get("summary") or ""),
            description=str(op.get("description") or ""),
            deprecated=deprecated,
            parameters=tuple(params),
            body=body,
            responses=tuple(responses),
            result=result,
            unwrap=unwrap,
            pagination=pagination,
            item_type=item_type,
            webhooks=tuple(webhooks),
        )

    def _quiet_deref(self, node: Any) -> dict[str, Any]:
        """``node`` resolved, or {} (the schema's own walk reports unresolved refs)."""
        if not isinstance(node, dict):
            return {}
        try:
            resolved = self.resolver.deref(node)[0]
        except (KeyError, ValueError, TypeError):
            return {}
        return resolved if isinstance(resolved, dict) else {}

    def body_encoding(self, content_type: str, media: dict[str, Any]) -> tuple[BodyEncoding, ...]:
        """OpenAPI's ``encoding`` object of a form or multipart body, by property (sorted),
        plus the body's required array properties (sent even when empty)."""
        kind = content_type.split(";")[0].strip().lower()
        if kind not in ("application/x-www-form-urlencoded", "multipart/form-data"):
            return ()
        declared = media.get("encoding")
        if not isinstance(declared, dict):
            declared = {}
        schema = self._quiet_deref(media.get("schema"))
        properties = schema.get("properties")
        if not isinstance(properties, dict):
            properties = {}
        required = {str(n) for n in schema.get("required") or [] if isinstance(n, str)} if isinstance(schema.get("required"), list) else set()
        arrays = set()
        for name in required:
            prop = self._quiet_deref(properties.get(name))
            if isinstance(prop, dict) and (prop.get("type") == "array" or (isinstance(prop.get("type"), list) and "array" in prop["type"])):
                arrays.add(name)
        out = []
        for name in sorted({str(n) for n in declared} | arrays):
            entry = declared.get(name)
            if not isinstance(entry, dict):
                entry = {}
            explode = entry.get("explode")
            out.append(
                BodyEncoding(
                    name=name,
                    style=str(entry.get("style") or ""),
                    explode=explode if isinstance(explode, bool) else None,
                    content_type=str(entry.get("contentType") or ""),
                    required=name in arrays,
                )
            )
        return tuple(out)

    def webhook(
        self, name: str, op_id: str, expression: str, method: str, op: dict[str, Any], where: tuple[Any, ...], deprecated: bool = False
    ) -> Webhook:
        body = None
        rb = self.deref(op.get("requestBody"), (*where, "requestBody")) if op.get("requestBody") else None
        if isinstance(rb, dict) and isinstance(rb.get("content"), dict) and rb["content"]:
            content_type = _pick_content(rb["content"])
            media = rb["content"][content_type] if isinstance(rb["content"][content_type], dict) else {}
            hook_name = naming.class_name(name)
            hook_name += "" if hook_name.endswith("Notification") else "Notification"
            site = Site(RANK_DATA, (hook_name, hook_name + "Deprecated") if deprecated else (hook_name,), deprecated=deprecated)
            btype = self.type_of(media.get("schema", {}), "response", site, (*where, "requestBody", "content", content_type, "schema"))
            body = Body(content_type, btype, rb.get("required") is True, str(rb.get("description") or ""))
        headers = []
        for index, raw in enumerate(op.get("parameters") or []):
            prm = self.deref(raw, (*where, "parameters", index))
            if isinstance(prm, dict) and prm.get("in") == "header" and isinstance(prm.get("name"), str):
                headers.append(prm["name"])
        return Webhook(
            name=name,
            operation_id=op_id,
            expression=expression,
            http_method=method.upper(),
            body=body,
            summary=str(op.get("summary") or ""),
            description=str(op.get("description") or ""),
            header_names=tuple(headers),
        )

    def responses(
        self, op: dict[str, Any], where: tuple[Any, ...], op_id: str, deprecated: bool
    ) -> tuple[list[Response], TypeRef | None, str, TypeRef | None]:
        raw = op.get("responses")
        out: list[Response] = []
        result: TypeRef | None = None
        unwrap = ""
        item_type: TypeRef | None = None
        if not isinstance(raw, dict):
            return out, None, "", None
        crud = naming.operation_noun(op_id)[1]
        success = sorted(s for s in map(str, raw) if s.startswith("2"))
        primary = success[0] if success else ""
        for status in sorted(map(str, raw)):
            at = (*where, "responses", status)
            resp = self.deref(raw[status] if status in raw else raw[int(status)], at)
            if not isinstance(resp, dict):
                continue
            content = resp.get("content") if isinstance(resp.get("content"), dict) else {}
            headers = tuple(sorted(str(h) for h in (resp.get("headers") or {})))
            description = str(resp.get("description") or "")
            if not content:
                out.append(Response(status, description, headers=headers))
                continue
            content_type = _pick_content(content)
            media = content[content_type] if isinstance(content[content_type], dict) else {}
            schema = self.deref(media.get("schema", {}), (*at, "content", content_type, "schema"))
            schema_at = (*at, "content", content_type, "schema")
            rtype: TypeRef
            if status.startswith("2"):
                envelope = _envelope(schema)
                data_names = naming.data_names(op_id, deprecated)
                data_site = Site(RANK_DATA if crud else RANK_OPERATION, tuple(data_names), deprecated=deprecated)
                if envelope == "page":
                    items = schema["properties"]["data"].get("items", {})
                    item_type = self.type_of(items, "response", data_site, (*schema_at, "properties", "data", "items"))
                    rtype = TypeRef("list", items=(item_type,))
                elif envelope == "data":
                    rtype = self.type_of(schema["properties"]["data"], "response", data_site, (*schema_at, "properties", "data"))
                    if status == primary:
                        unwrap = "data"
                else:
                    site = Site(RANK_OPERATION, (naming.class_name(op_id) + "Response",), deprecated=deprecated)
                    # the original schema: a reference keeps its component's identity
                    rtype = self.type_of(media.get("schema", {}), "response", site, schema_at)
                if status == primary:
                    result = rtype
            else:
                error_name = ERROR_NAMES.get(status, f"Status{naming.pascal(status)}ErrorBody")
                site = Site(RANK_ERROR, (error_name, naming.class_name(op_id) + error_name))
                rtype = self.type_of(media.get("schema", {}), "response", site, schema_at)
            out.append(Response(status, description, content_type, rtype, headers))
        if primary and result is None and content_type_of(raw, primary):
            result = ANY
        return out, result, unwrap, item_type

    # -- drafts to IR -----------------------------------------------------------------
    def reachable(self, roots: list[TypeRef | None]) -> set[int]:
        """Drafts used by the API (a union of enums replaces its members, which may be left unused)."""
        seen: set[int] = set()
        stack = [t for t in roots if t is not None]
        while stack:
            t = stack.pop()
            for inner in t.walk():
                if inner.kind in ("model", "enum") and inner.name.startswith(PLACEHOLDER):
                    draft = self.drafts.get(inner.name[1:])
                    if draft is not None and id(draft) not in seen:
                        seen.add(id(draft))
                        if draft.kind == "model":
                            stack.extend(draft.structure["_types"])
                            if draft.structure["_extra_type"] is not None:
                                stack.append(draft.structure["_extra_type"])
        return seen

    def finish_drafts(self, used: set[int]) -> tuple[tuple[Model, ...], tuple[EnumType, ...]]:
        models: list[Model] = []
        enums: list[EnumType] = []
        renamer = _Renamer(self.drafts)
        seen: set[int] = set()
        for draft in self.drafts.values():
            if id(draft) in seen or id(draft) not in used:
                continue
            seen.add(id(draft))
            description = _best_text(draft.descriptions)
            if draft.kind == "enum":
                values = draft.structure["values"]
                member_names = naming.dedupe([naming.enum_member_name(v) for v in values])
                enums.append(
                    EnumType(
                        name=draft.name,
                        members=tuple(EnumMember(n, v) for n, v in zip(member_names, values, strict=True)),
                        value_type=draft.structure["type"],
                        description=description,
                    )
                )
                continue
            fields = []
            raw_fields = draft.structure["fields"]
            names = naming.dedupe([naming.attribute_name(f["wire"]) for f in raw_fields])
            for name, f, ftype in zip(names, raw_fields, draft.structure["_types"], strict=True):
                default = MISSING if f["default"] == "__missing__" else f["default"]
                fields.append(
                    Field(
                        name=name,
                        wire_name=f["wire"],
                        type=renamer.type(ftype),
                        required=f["required"],
                        description=_best_text(draft.field_descriptions.get(f["wire"], Counter())),
                        default=default,
                        read_only=f["read_only"],
                        write_only=f["write_only"],
                        deprecated=f["deprecated"],
                        format=f["format"],
                        constraints=Constraints(**f["constraints"]),
                        example=draft.field_examples.get(f["wire"], MISSING),
                    )
                )
            extra = draft.structure["_extra_type"]
            directions = draft.directions
            models.append(
                Model(
                    name=draft.name,
                    fields=tuple(fields),
                    description=description,
                    title=_best_text(draft.titles),
                    extra=renamer.type(extra) if extra is not None else None,
                    closed=draft.structure["closed"],
                    direction="both" if len(directions) != 1 else next(iter(directions)),
                )
            )
        models.sort(key=lambda m: m.name)
        enums.sort(key=lambda e: e.name)
        return tuple(models), tuple(enums)


def _derived(rank: int) -> int:
    """Rank of a name derived from a site's name (``PetOption1``, ``PetItem``): below a
    component's own name, so a named member keeps its name."""
    return RANK_TITLE if rank == RANK_COMPONENT else RANK_WEAK if rank == RANK_WEAK else rank


def _example_of(schema: dict[str, Any]) -> Any:
    """A schema's example: 3.0's ``example``, else the first of 3.1's ``examples``."""
    if "example" in schema:
        return schema["example"]
    examples = schema.get("examples")
    if isinstance(examples, list) and examples:
        return examples[0]
    return MISSING


def content_type_of(raw: dict[str, Any], status: str) -> bool:
    value = raw.get(status)
    return isinstance(value, dict) and bool(value.get("content"))


def _nullable_of(schema: Any) -> bool:
    return isinstance(schema, dict) and schema.get("nullable") is True


def _type_key(t: TypeRef | None) -> Any:
    """A JSON-able identity of a type for structural keys (placeholders hold draft keys)."""
    if t is None:
        return None
    return [t.kind, t.name, [_type_key(i) for i in t.items], t.nullable, t.discriminator, list(t.tags)]


def _pick_content(content: dict[str, Any]) -> str:
    """The media type the SDK speaks for a request or response."""
    keys = sorted(map(str, content))
    for preferred in ("application/json",):
        if preferred in keys:
            return preferred
    for key in keys:
        if key.endswith("+json") or key.endswith("/json"):
            return key
    return keys[0]


def _envelope(schema: Any) -> str:
    """ "page" for AMPECO's {data: [...], links, meta} listings, "data" for {data: ...}."""
    if not isinstance(schema, dict) or schema.get("type") not in (None, "object"):
        return ""
    props = schema.get("properties")
    if not isinstance(props, dict) or "data" not in props or not isinstance(props["data"], dict):
        return ""
    keys = set(props)
    if keys == {"data", "links", "meta"} and props["data"].get("type") == "array":
        return "page"
    if keys == {"data"}:
        return "data"
    return ""


def _path_names(route: str) -> list[str]:
    names = []
    for piece in route.split("{")[1:]:
        names.append(piece.split("}")[0])
    return names


class _Renamer:
    """Replaces draft placeholders in types with the names the drafts were given."""

    def __init__(self, drafts: dict[str, Draft]) -> None:
        self.drafts = drafts

    @overload
    def type(self, t: TypeRef) -> TypeRef: ...
    @overload
    def type(self, t: None) -> None: ...
    def type(self, t: TypeRef | None) -> TypeRef | None:
        if t is None:
            return None
        name = t.name
        if name.startswith(PLACEHOLDER):
            draft = self.drafts.get(name[1:])
            if draft is None:  # a named schema that refers to itself but is no object
                return TypeRef("any", nullable=t.nullable)
            name = draft.name
        items = tuple(self.type(i) for i in t.items)
        return TypeRef(t.kind, name, items, t.nullable, t.discriminator, t.tags)

    def body(self, b: Body | None) -> Body | None:
        return replace(b, type=self.type(b.type)) if b else None

    def webhook(self, w: Webhook) -> Webhook:
        return replace(w, body=self.body(w.body))

    def operation(self, op: Operation) -> Operation:
        return replace(
            op,
            parameters=tuple(replace(p, type=self.type(p.type)) for p in op.parameters),
            body=self.body(op.body),
            responses=tuple(replace(r, type=self.type(r.type)) for r in op.responses),
            result=self.type(op.result),
            item_type=self.type(op.item_type),
            webhooks=tuple(self.webhook(w) for w in op.webhooks),
        )


def assign_names(drafts: dict[str, Draft], reserved: frozenset[str] = naming.RESERVED_CLASSES) -> None:
    """Give every draft a class name, independent of the order drafts were found in.

    Each site suggests names: a component name (rank 0), the thing an operation reads or
    lists (1: ``Evse`` for ``evseRead`` and the items of ``evsesListing``, then
    ``EvseDetails`` / ``EvseListItem`` / ``EvseCreateResult``; a body shared by several
    error statuses, ``ErrorBody``), a ``title`` (2), operation-level names (3: ``<OperationId>Request`` for bodies,
    ``<OperationId>Response``, ``<OperationId><Param>`` for parameters), error bodies
    (4: ``ValidationErrorBody``), nested names (5: ``<Parent><Property>``, singular
    for array items) and the names of components that name nothing (6: ``Model1`` for
    ``#/components/schemas/1``). Drafts are named in waves by depth, so a nested name is built on
    its parent's final name. A draft takes its best suggestion: lowest rank, then the
    one most of its sites agree on, then alphabetical. When several drafts want the same
    name, the strongest claim (rank, then not only from deprecated operations, then the
    number of sites, then the draft's structural hash) wins, and the others move on to their
    next suggestion; a draft with none left gets a numeric suffix. A name in ``reserved``
    (what the generated modules import, the resource classes) gets a trailing ``_``.
    Drafts named already (by an earlier call) keep their names, which are taken.
    """
    unique: dict[int, Draft] = {}
    for draft in drafts.values():
        unique.setdefault(id(draft), draft)
    all_drafts = sorted(unique.values(), key=lambda d: d.key)

    # depth: 0 for drafts with a direct (non-nested) site, else 1 + the parents' minimum
    for draft in all_drafts:
        if any(site.rank < RANK_NESTED for site in draft.sites):
            draft.depth = 0
    changed = True
    while changed:
        changed = False
        for draft in all_drafts:
            for site in draft.sites:
                if site.rank == RANK_NESTED and site.parent is not None and site.parent.key in drafts:
                    parent = drafts[site.parent.key]
                    if parent.depth + 1 < draft.depth:
                        draft.depth = parent.depth + 1
                        changed = True
    for draft in all_drafts:
        if draft.depth >= 1 << 30:
            draft.depth = 0  # unreachable parents: name from what it has

    # case-folded: file names must differ on any file system
    taken: set[str] = {d.name.casefold() for d in all_drafts if d.name}
    for depth in sorted({d.depth for d in all_drafts if not d.name}):
        wave = [d for d in all_drafts if d.depth == depth and not d.name]
        options: dict[str, list[tuple[int, int, bool, str]]] = {}
        for draft in wave:
            scored: dict[str, tuple[int, int, bool, int]] = {}
            # a name that says nothing counts only when nothing else names the draft
            sites = [site for site in draft.sites if site.rank != RANK_WEAK] or draft.sites
            for site in sites:
                names: tuple[str, ...]
                if site.rank == RANK_NESTED:
                    named_parent = drafts.get(site.parent.key) if site.parent is not None else None
                    if named_parent is None or not named_parent.name:
                        continue
                    prop = site.prop
                    item = prop.endswith("[]")
                    prop = prop.rstrip("[]") or "Item"
                    suffix = naming.pascal(prop)
                    if item:
                        parts = naming.words(prop) or ["Item"]
                        suffix = naming.pascal(" ".join([*parts[:-1], naming.singular(parts[-1])]))
                        if suffix == naming.pascal(prop) and not prop.endswith("Item"):
                            suffix += "Item"
                    names = (named_parent.name.rstrip("_") + suffix,)
                else:
                    names = site.names
                for position, name in enumerate(names):
                    name = naming.settled_class_name(name)
                    if name in reserved:
                        name += "_"
                    rank, count, only_deprecated, first = scored.get(name, (site.rank, 0, True, position))
                    scored[name] = (min(rank, site.rank), count + draft.weight(site), only_deprecated and site.deprecated, min(first, position))
            error_statuses = {site.names[0] for site in sites if site.rank == RANK_ERROR}
            if len(error_statuses) > 1:  # one body shared by several error statuses
                scored[GENERIC_ERROR] = (RANK_DATA, sum(draft.weight(site) for site in sites), False, 0)
                for status_name in error_statuses:
                    scored[status_name] = (RANK_ERROR + 1, *scored[status_name][1:])
            ordered = sorted(
                scored.items(),
                # a shorter nested name (``EvseStatus`` over ``EvseDetailsStatus``) wins a tie
                key=lambda kv: (kv[1][0], kv[1][2], -kv[1][1], kv[1][3], len(kv[0]) if kv[1][0] == RANK_NESTED else 0, kv[0]),
            )
            options[draft.key] = [(r, c, dep, n) for n, (r, c, dep, _) in ordered]
        pending = sorted(wave, key=lambda d: d.key)
        cursor = {d.key: 0 for d in wave}
        strength = partial(_claim_strength, options, cursor)
        while pending:
            claims: dict[str, list[Draft]] = defaultdict(list)
            for draft in pending:
                opts = options[draft.key]
                while cursor[draft.key] < len(opts) and opts[cursor[draft.key]][3].casefold() in taken:
                    cursor[draft.key] += 1
                if cursor[draft.key] < len(opts):
                    claims[opts[cursor[draft.key]][3].casefold()].append(draft)
                else:
                    base = opts[0][3] if opts else ("Enum" if draft.kind == "enum" else "Model") + draft.key[1:7].upper()
                    n = 2
                    while f"{base}{n}".casefold() in taken:
                        n += 1
                    draft.name = f"{base}{n}"
                    taken.add(draft.name.casefold())
            next_pending = []
            for folded in sorted(claims):
                contenders = claims[folded]
                contenders.sort(key=strength)
                winner = contenders[0]
                winner.name = options[winner.key][cursor[winner.key]][3]
                taken.add(folded)
                for loser in contenders[1:]:
                    cursor[loser.key] += 1
                    next_pending.append(loser)
            pending = sorted(next_pending, key=lambda d: d.key)


def _claim_strength(options: dict[str, list[tuple[int, int, bool, str]]], cursor: dict[str, int], d: Draft) -> tuple[int, bool, int, str]:
    """How strongly a draft claims the name its cursor is at (the smallest wins)."""
    r, c, dep, _ = options[d.key][cursor[d.key]]
    return (r, dep, -c, d.key)


def _resolve_methods(operations: list[Operation]) -> list[Operation]:
    """Method names per resource.

    Two operations that would share one keep their full names; an operationId with no
    words (``":"``) is named after its HTTP method and path; names still shared after
    that get ``_2``, ``_3``... in operationId order.
    """
    by_resource: dict[str, list[Operation]] = defaultdict(list)
    for op in operations:
        by_resource[op.resource].append(op)
    named: dict[str, Operation] = {}
    for resource, ops in by_resource.items():

        def full(op: Operation) -> str:
            text = op.operation_id if naming.words(op.operation_id) else f"{op.http_method} {op.path}"
            return naming.argument_name(naming.snake(text))

        wanted = {
            op.operation_id: op.method  # set from the path (``assign_path_resources``)
            or (naming.method_name(op.operation_id, resource) if naming.words(op.operation_id) else full(op))
            for op in ops
        }
        counts = Counter(wanted.values())
        chosen = {op.operation_id: wanted[op.operation_id] if counts[wanted[op.operation_id]] == 1 else full(op) for op in ops}
        order = sorted(chosen)
        for op_id, method in zip(order, naming.dedupe([chosen[i] for i in order]), strict=True):
            named[op_id] = replace(next(o for o in ops if o.operation_id == op_id), method=method)
    # a deprecated operation points at the live one in the same resource with the same summary
    live: dict[tuple[str, str], list[Operation]] = defaultdict(list)
    for op in named.values():
        if not op.deprecated:
            live[(op.resource, op.summary)].append(op)
    out = []
    for op in operations:
        current = named[op.operation_id]
        if current.deprecated:
            base_id = current.operation_id[: -len("Deprecated")] if current.operation_id.endswith("Deprecated") else ""
            candidates = [o for o in named.values() if not o.deprecated and o.resource == current.resource and o.operation_id == base_id]
            candidates = candidates or sorted(live.get((current.resource, current.summary), []), key=lambda o: o.operation_id)
            if candidates:
                current = replace(current, replacement=f"{candidates[0].resource}.{candidates[0].method}")
        out.append(current)
    return out


def assign_path_resources(operations: list[Operation]) -> list[Operation]:
    """Resources and methods from paths, when tags do not group the operations (none, or
    one tag for everything); otherwise the operations are returned as they are.

    ``/v1/customers/{customer}/sources`` is ``customers.sources`` (a nested resource:
    ``client.customers.sources``), version segments and format suffixes left out
    (``naming.path_segments``). A last static segment after a parameter is an action
    (``/sources/{id}/verify`` -> method ``verify``) when the path has no GET and no
    longer path continues it. Path-like operationIds (``GetCustomersCustomerSources``)
    give CRUD methods from the HTTP method and the path's shape; other operationIds
    keep their words, without the resource's noun (``ListCall`` -> ``list``).
    """
    if len({op.tag for op in operations}) > 1:
        return operations
    routes = {op.path for op in operations}
    gets = {op.path for op in operations if op.http_method == "GET"}
    out = []
    for op in operations:
        segments = naming.path_segments(op.path)
        action = ""
        if (
            len(segments) >= 2
            and not segments[-1][1]
            and segments[-2][1]
            and op.path not in gets
            and not any(r.startswith(op.path.rstrip("/") + "/") for r in routes)
        ):
            action = segments[-1][0]
            segments = segments[:-1]
        parts = naming.path_resource_parts([s for s, is_param in segments if not is_param])
        if action:
            method = naming.argument_name(action)
        elif not naming.words(op.operation_id) or naming.is_path_like(op.operation_id, op.http_method, op.path):
            method = naming.path_method(op.http_method, bool(segments) and segments[-1][1])
        else:
            method = naming.method_name_for_path(op.operation_id, parts[-1])
        out.append(replace(op, resource=".".join(parts), method=method))
    # a nested resource is an attribute of its parent: a method of the parent by that
    # name gets a trailing "_" (``/things`` GET ``list`` beside ``/things/list``)
    children = {(r.rpartition(".")[0], r.rpartition(".")[2]) for op in out for r in _prefixes(op.resource) if "." in r}
    return [replace(op, method=op.method + "_") if (op.resource, op.method) in children else op for op in out]


def _prefixes(resource: str) -> list[str]:
    """``a.b.c`` -> ``a``, ``a.b``, ``a.b.c``."""
    parts = resource.split(".")
    return [".".join(parts[:n]) for n in range(1, len(parts) + 1)]


def _group(operations: list[Operation]) -> tuple[Resource, ...]:
    """Operations by resource; a nested resource's parents exist even when no operation
    is theirs (``accounts`` of ``accounts.calls``)."""
    by_resource: dict[str, list[Operation]] = defaultdict(list)
    tags: dict[str, Counter[str]] = defaultdict(Counter)
    for op in operations:
        by_resource[op.resource].append(op)
        tags[op.resource][op.tag] += 1
        parts = op.resource.split(".")
        for depth in range(1, len(parts)):
            by_resource.setdefault(".".join(parts[:depth]), [])
    resources = []
    for name in sorted(by_resource):
        ops = tuple(sorted(by_resource[name], key=lambda o: o.method))
        resources.append(
            Resource(
                name=name,
                class_name=naming.class_name(name) + "Resource",
                module=name.replace(".", "_"),
                operations=ops,
                description=_best_text(tags[name]) or name.replace("_", " ").replace(".", " "),  # untagged: its path
            )
        )
    return tuple(resources)


# RFC 2606 / 6761 names: a server there is a placeholder, never a default to send credentials to
_PLACEHOLDER_HOSTS = re.compile(r"(^|\.)(example\.(com|net|org)|example|test|invalid)$", re.IGNORECASE)


def default_base_url(servers: Any) -> str:
    """The base URL a client uses when given none: the first server's absolute URL with
    its variables' defaults filled in; "" when the URL is relative (only the user knows
    the host), a variable has no default, or the host is a reserved example name."""
    if not isinstance(servers, list) or not servers or not isinstance(servers[0], dict):
        return ""
    server = servers[0]
    url = str(server.get("url") or "")
    variables = server.get("variables")
    if not isinstance(variables, dict):
        variables = {}

    def fill(match: re.Match[str]) -> str:
        variable = variables.get(match.group(1))
        default = variable.get("default") if isinstance(variable, dict) else None
        return str(default) if isinstance(default, (str, int, float)) and not isinstance(default, bool) else match.group(0)

    url = re.sub(r"\{([^{}]*)\}", fill, url)
    match = re.match(r"^https?://([^/:?#@]+)", url, re.IGNORECASE)
    if "{" in url or "}" in url or match is None or _PLACEHOLDER_HOSTS.search(match.group(1)):
        return ""
    return url.rstrip("/")


def normalise(document: Document, package: str = "ampeco", unused_components: bool = True) -> Api:
    """The IR of ``document``; with ``unused_components`` false, named schemas no operation
    or webhook uses produce no classes."""
    return Normaliser(document, package, unused_components).run()


def load_and_normalise(path: Path, package: str = "ampeco", unused_components: bool = True, **load_options: Any) -> Api:
    from ..load.document import load

    return normalise(load(path, **load_options), package, unused_components)
