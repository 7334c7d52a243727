"""Checking an OpenAPI document: a fast default path and the full openapi-spec-validator.

The fast path (``fast_check``) is what ``generate`` runs on a spec it has not seen:

- the OpenAPI 3.0/3.1 JSON Schema (the meta-schema shipped inside openapi-spec-validator,
  read from its package folder, never copied here) through ``jsonschema_rs``, a compiled
  validator: the whole of AMPECO's 2.8 MB spec in ~6 ms, where ``fastjsonschema`` takes
  ~150 ms to compile and ~280 ms to validate and stops at the first error
  (``benchmarks/run.py --validation`` measures both);
- for 3.1, each distinct Schema Object checked once against JSON Schema 2020-12;
- the semantic checks the meta-schema cannot express, on plain dicts, linear in the size
  of the spec: duplicate enum values, ``required`` names no property defines, defaults of
  the wrong type, path parameters missing from the URL or from the parameter list,
  duplicate parameters, tags and operationIds, discriminator mappings to nothing. Each
  distinct schema subtree is checked once: subtrees are hash-consed (equal structure,
  equal small integer), so AMPECO's ~5,000 inline schemas cost what its ~600 distinct
  ones do.

Problems that do not stop generation are *warnings*: a default that does not match its
type, a discriminator mapping to nothing, a ``$ref`` where OpenAPI allows none but whose
meaning is plain (an operation or a description given as a ``$ref``: the target is used
in its place). ``strict`` makes them errors. Every problem carries a file and a JSON
pointer to the offending node.

``full_check`` runs openapi-spec-validator itself (``validate`` and ``generate --strict``),
on the bundled document (every ``$ref`` local) and with URL handlers that refuse, so it
cannot fetch anything either.
"""

from __future__ import annotations

import copy
import importlib.util
import json
import marshal
import re
import string
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from ..errors import Problem, json_pointer

_REQUIRED = re.compile(r"""["']([^"']+)["'] is a required property""")
_REQUIRED_REF = re.compile(r"""["']\$ref["'] is a required property""")
_VERB = re.compile(r"^(.*?) (?=is not|is a |has |does not|should not|is too|is less|is greater|is valid)", re.DOTALL)
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
MAX_REPORTED = 50
_JSON_TYPES = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list,),
    "object": (dict,),
}


class Findings:
    """What a check found: errors stop generation, warnings are printed and generation goes on."""

    __slots__ = ("errors", "warnings")

    def __init__(self) -> None:
        self.errors: list[Problem] = []
        self.warnings: list[Problem] = []

    def extend(self, other: Findings) -> None:
        self.errors.extend(other.errors)
        self.warnings.extend(other.warnings)


class Locations:
    """Maps a pointer in the bundled document back to the file and pointer it came from."""

    def __init__(self, root_file: str, bundled: dict[str, str] | None = None) -> None:
        self.root_file = root_file
        self.bundled = bundled or {}

    def problem(self, message: str, parts: tuple[Any, ...] | list[Any]) -> Problem:
        parts = tuple(parts)
        if not parts:  # "at /" is no location: name the missing field, or the root plainly
            missing = _REQUIRED.search(message)
            if missing:
                return Problem(message, self.root_file, json_pointer((missing.group(1),)) + " (missing)")
            return Problem(message, self.root_file, "the document root")
        if len(parts) >= 2 and parts[0] == "x-bundled" and str(parts[1]) in self.bundled:
            return Problem(message, self.bundled[str(parts[1])], json_pointer(parts[2:]))
        return Problem(message, self.root_file, json_pointer(parts))


# -- the meta-schema through jsonschema_rs ---------------------------------------------

_VALIDATORS: dict[str, Any] = {}


def _refuse_retrieval(uri: str) -> Any:
    raise ValueError(f"ampeco-codegen does not fetch {uri!r}")


def meta_schema(version: str) -> dict[str, Any]:
    """openapi-spec-validator's copy of the OpenAPI JSON Schema, read from its package
    folder without importing the package (its import alone costs ~0.3 s)."""
    spec = importlib.util.find_spec("openapi_spec_validator")
    if spec is None or not spec.submodule_search_locations:  # pragma: no cover - a dependency
        raise RuntimeError("openapi-spec-validator is not installed")
    folder = Path(next(iter(spec.submodule_search_locations))) / "resources" / "schemas" / f"v{version}"
    data: dict[str, Any] = json.loads((folder / "schema.json").read_text(encoding="utf-8"))
    return data


def _validator(version: str) -> Any:
    if version not in _VALIDATORS:
        import jsonschema_rs

        _VALIDATORS[version] = jsonschema_rs.validator_for(meta_schema(version), retriever=_refuse_retrieval)
    return _VALIDATORS[version]


def _schema_version(data: dict[str, Any]) -> str:
    return "3.1" if str(data.get("openapi", "")).startswith("3.1") else "3.0"


def _at(data: Any, parts: tuple[Any, ...]) -> Any:
    for part in parts:
        data = data[part]
    return data


def _deepest(error: Any, depth: int = 0) -> Any:
    """For a oneOf/anyOf failure, the error of the branch that got furthest (the Reference
    branch of ``Schema | Reference`` never counts when the node has no ``$ref``)."""
    context = getattr(getattr(error, "kind", None), "context", None)
    if not context or depth > 32:
        return error
    candidates = [sub for branch in context for sub in branch if not _REQUIRED_REF.search(str(sub.message))]
    if not candidates:
        return error
    best = max(candidates, key=lambda sub: len(sub.instance_path))
    if len(best.instance_path) < len(error.instance_path):
        return error
    return _deepest(best, depth + 1)


def _message(text: str) -> str:
    """One line; a long dump of the offending value at its start becomes "the value"."""
    message = text.splitlines()[0] if text else "invalid"
    match = _VERB.match(message)
    if match and len(match.group(1)) > 60:
        message = "the value" + message[len(match.group(1)) :]
    return message if len(message) <= 300 else message[:297] + "..."


def _meta_errors(data: dict[str, Any]) -> list[tuple[tuple[Any, ...], str]]:
    out = []
    for error in _validator(_schema_version(data)).iter_errors(data):
        error = _deepest(error)
        out.append((tuple(error.instance_path), _message(str(error.message))))
    return out


def _ref_on_path(data: Any, parts: tuple[Any, ...]) -> tuple[Any, ...] | None:
    """The deepest node on ``parts`` that is a ``{"$ref": ...}`` object, if any."""
    found = None
    node = data
    for depth in range(len(parts) + 1):
        if isinstance(node, dict) and isinstance(node.get("$ref"), str):
            found = parts[:depth]
        if depth == len(parts):
            break
        part = parts[depth]
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            break
    return found


def meta_check(data: dict[str, Any], where: Locations, resolve: Callable[[str], Any]) -> Findings:
    """The document against the OpenAPI meta-schema.

    An error on a ``$ref`` object the meta-schema does not allow there (an operation or a
    description given by ``$ref``) is a placement problem, not a content one: the target
    replaces the reference (a warning says so) and the document is checked again.
    ``resolve`` maps a local ``$ref`` to its target.
    """
    found = Findings()
    for _ in range(8):  # each round inlines at least one reference, nested placements included
        errors = _meta_errors(data)
        inline = sorted({p for p in (_ref_on_path(data, parts) for parts, _ in errors) if p is not None}, key=lambda p: (len(p), repr(p)))
        inline = [p for p in inline if p]  # a $ref at the root is not a placement
        if not inline:
            found.errors.extend(where.problem(message, parts) for parts, message in errors[:MAX_REPORTED])
            return found
        for parts in inline:
            node = _at(data, parts)
            if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
                continue  # already replaced through a shorter path
            ref = node["$ref"]
            found.warnings.append(
                where.problem(f"non-standard $ref placement ({ref}): OpenAPI allows no $ref here; its target is used in its place", parts)
            )
            target = resolve(ref)
            _at(data, parts[:-1])[parts[-1]] = copy.deepcopy(target)
    found.errors.extend(where.problem(message, parts) for parts, message in _meta_errors(data)[:MAX_REPORTED])
    return found


# -- objects in other files, against their part of the meta-schema ------------------------

# role -> (3.0 definition, 3.1 $defs name); schemas are the semantic and dialect checks' part
_ROLES = {
    "parameter": ("Parameter", "parameter"),
    "requestBody": ("RequestBody", "request-body"),
    "response": ("Response", "response"),
    "pathItem": ("PathItem", "path-item"),
    "header": ("Header", "header"),
    "example": ("Example", "example"),
    "link": ("Link", "link"),
    "callback": ("Callback", "callbacks"),
    "securityScheme": ("SecurityScheme", "security-scheme"),
    "schema": ("Schema", "schema"),
}
_COMPONENT_ROLES = {
    "parameters": "parameter",
    "responses": "response",
    "requestBodies": "requestBody",
    "headers": "header",
    "examples": "example",
    "links": "link",
    "callbacks": "callback",
    "securitySchemes": "securityScheme",
    "pathItems": "pathItem",
}
_PART_VALIDATORS: dict[tuple[str, str], Any] = {}


def _part_validator(version: str, role: str) -> Any:
    key = (version, role)
    if key not in _PART_VALIDATORS:
        import jsonschema_rs

        meta = meta_schema(version)
        name = _ROLES[role][0 if version == "3.0" else 1]
        sub = {k: v for k, v in meta.items() if k in ("id", "$id", "$schema", "definitions", "$defs")}
        sub["$ref"] = f"#/{'definitions' if version == '3.0' else '$defs'}/{name}"
        _PART_VALIDATORS[key] = jsonschema_rs.validator_for(sub, retriever=_refuse_retrieval)
    return _PART_VALIDATORS[key]


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def referenced_parts_check(data: dict[str, Any], where: Locations, checker: SemanticChecker) -> Findings:
    """Objects that other files contribute (bundled under ``x-bundled``) are reached only
    through ``$ref``, which the meta-schema does not follow: each is checked against the
    definition its position calls for (a parameter, a response, a path item...), once."""
    found = Findings()
    version = _schema_version(data)
    checked: set[int] = set()
    stack: list[tuple[Any, tuple[Any, ...], str]] = []

    def push_map(node: Any, parts: tuple[Any, ...], role: str) -> None:
        if isinstance(node, dict):
            stack.extend((v, (*parts, k), role) for k, v in node.items() if not str(k).startswith("x-"))

    push_map(data.get("paths"), ("paths",), "pathItem")
    push_map(data.get("webhooks"), ("webhooks",), "pathItem")
    components = data.get("components")
    if isinstance(components, dict):
        for kind, role in _COMPONENT_ROLES.items():
            push_map(components.get(kind), ("components", kind), role)
    while stack:
        node, parts, role = stack.pop()
        if isinstance(node, dict) and isinstance(node.get("$ref"), str):
            hit = checker.resolve(node["$ref"])
            if hit is None or not isinstance(hit[0], dict) or id(hit[0]) in checked:
                continue
            target, target_parts = hit
            checked.add(id(target))
            if target_parts[:1] == ("x-bundled",):
                for error in _part_validator(version, role).iter_errors(target):
                    error = _deepest(error)
                    found.errors.append(where.problem(_message(str(error.message)), (*target_parts, *error.instance_path)))
            node, parts = target, target_parts
        if not isinstance(node, dict):
            continue
        if role == "pathItem":
            for index, param in enumerate(_list(node.get("parameters"))):
                stack.append((param, (*parts, "parameters", index), "parameter"))
            for method in HTTP_METHODS:
                op = node.get(method)
                if isinstance(op, dict):
                    for index, param in enumerate(_list(op.get("parameters"))):
                        stack.append((param, (*parts, method, "parameters", index), "parameter"))
                    if "requestBody" in op:
                        stack.append((op["requestBody"], (*parts, method, "requestBody"), "requestBody"))
                    push_map(op.get("responses"), (*parts, method, "responses"), "response")
                    push_map(op.get("callbacks"), (*parts, method, "callbacks"), "callback")
        elif role == "callback":
            push_map(node, parts, "pathItem")
        elif role == "response":
            push_map(node.get("headers"), (*parts, "headers"), "header")
            push_map(node.get("links"), (*parts, "links"), "link")
    return found


# -- semantic checks on plain dicts -----------------------------------------------------

# keywords whose value is one schema, a list of schemas, or a mapping of names to schemas
_ONE = (
    "items",
    "additionalProperties",
    "not",
    "additionalItems",
    "contains",
    "propertyNames",
    "if",
    "then",
    "else",
    "unevaluatedItems",
    "unevaluatedProperties",
)
_MANY = ("allOf", "anyOf", "oneOf", "prefixItems")
_NAMED = ("properties", "patternProperties", "dependentSchemas", "$defs", "definitions")
_KINDS = {**{k: 1 for k in _ONE}, **{k: 2 for k in _MANY}, **{k: 3 for k in _NAMED}}
# the keywords ``check_schema`` looks at: a schema with none of them has nothing to check
_CHECKED = frozenset(("enum", "required", "default", "discriminator"))
# keys under which an OpenAPI object holds data, not structure
_DATA_KEYS = frozenset(("example", "examples", "default", "enum", "const", "value"))


def canonical(value: Any) -> str | None:
    """Canonical JSON of a value (sorted keys, no spaces), or None for what JSON cannot hold."""
    try:
        return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=True)
    except (TypeError, ValueError):
        return None


def _type_names(value: Any) -> str:
    if value is None:
        return "null"
    for name, kinds in _JSON_TYPES.items():
        if isinstance(value, bool) and name != "boolean":
            continue
        if isinstance(value, kinds):
            return name
    return type(value).__name__


def _matches(value: Any, types: list[str]) -> bool:
    for name in types:
        if name == "null" and value is None:
            return True
        kinds = _JSON_TYPES.get(name)
        if kinds is None:
            return True  # an unknown type name is the meta-schema's business
        if isinstance(value, bool) and name != "boolean":
            continue
        if isinstance(value, kinds) and not (name == "integer" and isinstance(value, float) and not value.is_integer()):
            return True
    return False


class SemanticChecker:
    """The checks the meta-schema cannot express, over the bundled document (local refs only)."""

    def __init__(self, data: dict[str, Any], where: Locations) -> None:
        self.data = data
        self.where = where
        self.found = Findings()
        self.checked: set[str] = set()  # canonical JSON of the schema roots already checked
        self.followed: set[int] = set()  # ids of schemas already walked (a $ref target, a shared YAML node)
        self.v31 = _schema_version(data) == "3.1"

    def error(self, message: str, parts: tuple[Any, ...]) -> None:
        self.found.errors.append(self.where.problem(message, parts))

    def warn(self, message: str, parts: tuple[Any, ...]) -> None:
        self.found.warnings.append(self.where.problem(message, parts))

    def resolve(self, ref: str) -> tuple[Any, tuple[Any, ...]] | None:
        if not ref.startswith("#"):
            return None
        from .document import unescape_pointer_part

        parts = tuple(unescape_pointer_part(p) for p in ref[1:].split("/")[1:]) if ref[1:] else ()
        node: Any = self.data
        out: list[Any] = []
        for part in parts:
            if isinstance(node, dict) and part in node:
                node = node[part]
                out.append(part)
            elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
                node = node[int(part)]
                out.append(int(part))
            else:
                return None
        return node, tuple(out)

    def deref(self, node: Any) -> Any:
        for _ in range(64):
            if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
                return node
            hit = self.resolve(node["$ref"])
            if hit is None:
                return None
            node = hit[0]
        return None

    # - the walk -

    def distinct_roots(self) -> Iterator[tuple[Any, tuple[Any, ...]]]:
        """Schema roots, each distinct one (by canonical JSON) once: AMPECO's ~3,300 schema
        slots hold far fewer distinct schemas.

        A root written exactly as one before (``marshal`` at version 2: the same keys in the
        same order, the same values of the same types; ~4 times faster than the JSON) has
        that one's canonical JSON, so only the first of each is written as JSON."""
        texts: dict[bytes, str | None] = {}
        for node, parts in self._schema_roots():
            try:
                exact: bytes | None = marshal.dumps(node, 2)  # version 2: no back-references, equal structures give equal bytes
            except ValueError:  # what marshal cannot write (a YAML date, nesting past its limit)
                exact = None
            if exact is None:
                text = canonical(node)
            elif exact in texts:
                text = texts[exact]
            else:
                text = texts[exact] = canonical(node)
            if text is not None:
                if text in self.checked:
                    continue
                self.checked.add(text)
            yield node, parts

    def run(self) -> Findings:
        for node, parts in self.distinct_roots():
            self.schema(node, parts)
        self.operations()
        self.tags()
        return self.found

    def _schema_roots(self) -> Iterator[tuple[Any, tuple[Any, ...]]]:
        """Every Schema Object slot outside schemas: components/schemas and ``schema`` fields."""
        stack: list[tuple[Any, tuple[Any, ...]]] = [(self.data, ())]
        while stack:
            node, parts = stack.pop()
            if isinstance(node, dict):
                for key, value in node.items():
                    if not isinstance(value, (dict, list, bool)):
                        continue  # a scalar neither is a schema slot nor holds one
                    if key in _DATA_KEYS or (isinstance(key, str) and key.startswith("x-") and key != "x-bundled"):
                        continue
                    here = (*parts, key)
                    if key == "schema" and isinstance(value, (dict, bool)):
                        yield value, here
                    elif key == "schemas" and parts == ("components",) and isinstance(value, dict):
                        for name in sorted(value, key=str):
                            yield value[name], (*here, name)
                    else:
                        stack.append((value, here))
            elif isinstance(node, list):
                stack.extend((v, (*parts, i)) for i, v in reversed(list(enumerate(node))))

    def schema(self, root: Any, root_parts: tuple[Any, ...]) -> None:
        stack = [(root, root_parts)]
        while stack:
            node, parts = stack.pop()
            if not isinstance(node, dict):
                continue
            ref = node.get("$ref")
            if isinstance(ref, str):
                hit = self.resolve(ref)
                if hit is not None and isinstance(hit[0], dict) and id(hit[0]) not in self.followed:
                    if hit[1][:1] == ("x-bundled",):
                        self.bundled_schema(hit[0], hit[1])
                    stack.append((hit[0], hit[1]))
                if not self.v31:
                    continue  # in 3.0 a $ref's siblings are ignored
            if id(node) in self.followed:
                continue  # reached twice (a $ref target, a shared YAML node): walked once
            self.followed.add(id(node))
            self.check_schema(node, parts)
            if node.keys().isdisjoint(_KINDS):
                continue  # a leaf: no subschema inside
            for name, child in node.items():
                kind = _KINDS.get(name)
                if kind is None:
                    continue
                if kind == 1 and isinstance(child, dict):
                    stack.append((child, (*parts, name)))
                elif (kind == 2 or name == "items") and isinstance(child, list):
                    stack.extend((c, (*parts, name, i)) for i, c in enumerate(child))
                elif kind == 3 and isinstance(child, dict):
                    stack.extend((c, (*parts, name, k)) for k, c in child.items())

    def bundled_schema(self, node: dict[str, Any], parts: tuple[Any, ...]) -> None:
        """A schema from another file, which the document's meta-schema pass never saw."""
        import jsonschema_rs

        if self.v31:
            try:
                jsonschema_rs.meta.validate(node)
            except jsonschema_rs.ValidationError as exc:
                self.error(f"invalid schema: {_message(str(exc.message))}", (*parts, *exc.instance_path))
            return
        for error in _part_validator("3.0", "schema").iter_errors(node):
            error = _deepest(error)
            self.error(_message(str(error.message)), (*parts, *error.instance_path))

    def check_schema(self, node: dict[str, Any], parts: tuple[Any, ...]) -> None:
        if node.keys().isdisjoint(_CHECKED):
            return  # most schemas: nothing here to check
        if "enum" in node and isinstance(node["enum"], list):
            enum = node["enum"]
            seen: dict[Any, int] = {}
            for index, value in enumerate(enum):
                key = canonical(value) or repr(value) if isinstance(value, (dict, list)) else (type(value), value)
                if key in seen:
                    self.error(f"duplicate enum value {_short(value)} (also at index {seen[key]})", (*parts, "enum", index))
                else:
                    seen[key] = index
        required = node.get("required")
        if isinstance(required, list) and (
            "allOf" in node or "properties" in node and not (len(parts) >= 2 and parts[-2] in ("allOf", "anyOf", "oneOf"))
        ):
            defined = self.properties_of(node)
            missing = [name for name in required if isinstance(name, str) and name not in defined]
            if missing:
                message = f"required names no property defines: {', '.join(map(repr, missing))}"
                if "allOf" in node:
                    self.error(message, (*parts, "required"))
                elif node.get("additionalProperties") in (None, False) or not self.v31 and "additionalProperties" not in node:
                    self.warn(message, (*parts, "required"))
        if "default" in node:
            self.check_default(node, parts)
        discriminator = node.get("discriminator")
        if isinstance(discriminator, dict) and isinstance(discriminator.get("mapping"), dict):
            for value, target in discriminator["mapping"].items():
                if isinstance(target, str) and not self.mapping_target(target, parts):
                    self.warn(f"discriminator mapping {value!r} -> {target!r} points at nothing", (*parts, "discriminator", "mapping", value))

    def mapping_target(self, target: str, parts: tuple[Any, ...]) -> bool:
        if target.startswith("#"):
            if len(parts) >= 2 and parts[0] == "x-bundled":  # relative to the file it came from
                target = f"#/x-bundled/{parts[1]}{target[1:]}"
            return self.resolve(target) is not None
        if "/" in target or "." in target:
            return True  # a file reference: resolved, if at all, by whoever reads it
        schemas = self.data.get("components", {}).get("schemas", {})
        return isinstance(schemas, dict) and target in schemas

    def check_default(self, node: dict[str, Any], parts: tuple[Any, ...]) -> None:
        default = node["default"]
        declared = node.get("type")
        types = [declared] if isinstance(declared, str) else [t for t in declared if isinstance(t, str)] if isinstance(declared, list) else []
        if default is None and (node.get("nullable") is True or "null" in types or not types):
            return
        if types and not _matches(default, types):
            self.warn(f"default {_short(default)} is {_type_names(default)}, the schema's type is {' or '.join(types)}", (*parts, "default"))
            return
        enum = node.get("enum")
        if isinstance(enum, list) and enum and default not in enum:
            self.warn(f"default {_short(default)} is not one of the schema's enum values", (*parts, "default"))

    def properties_of(self, node: Any, depth: int = 0) -> set[str]:
        """Property names reachable from a schema (through allOf/anyOf/oneOf, items, not, $ref)."""
        node = self.deref(node)
        if not isinstance(node, dict) or depth > 64:
            return set()
        names = set(node["properties"]) if isinstance(node.get("properties"), dict) else set()
        for keyword in ("allOf", "anyOf", "oneOf"):
            for sub in node.get(keyword) or ():
                names |= self.properties_of(sub, depth + 1)
        for keyword in ("items", "not"):
            if isinstance(node.get(keyword), dict):
                names |= self.properties_of(node[keyword], depth + 1)
        return names

    def operations(self) -> None:
        paths = self.data.get("paths")
        if not isinstance(paths, dict):
            return
        for route in sorted(paths, key=str):
            item = self.deref(paths[route])
            if not isinstance(item, dict):
                continue
            shared = self.parameters(item.get("parameters"), ("paths", route, "parameters"))
            in_url = {name for _, name, _, _ in string.Formatter().parse(route) if name}
            for method in HTTP_METHODS:
                op = self.deref(item.get(method))
                if not isinstance(op, dict):
                    continue
                at = ("paths", route, method)
                own = self.parameters(op.get("parameters"), (*at, "parameters"))
                declared = {name for (name, where) in {**shared, **own} if where == "path"}
                for name in sorted(in_url - declared):
                    self.error(f"path parameter {name!r} of {route!r} is not in the parameter list of {method.upper()}", at)
                for name in sorted(declared - in_url):
                    source = own.get((name, "path")) or shared[(name, "path")]
                    self.error(f"path parameter {name!r} is declared but {route!r} has no {{{name}}}", source)

    def parameters(self, params: Any, parts: tuple[Any, ...]) -> dict[tuple[str, str], tuple[Any, ...]]:
        out: dict[tuple[str, str], tuple[Any, ...]] = {}
        if not isinstance(params, list):
            return out
        for index, raw in enumerate(params):
            param = self.deref(raw)
            if not isinstance(param, dict) or not isinstance(param.get("name"), str) or not isinstance(param.get("in"), str):
                continue
            key = (param["name"], param["in"])
            if key in out:
                self.error(f"duplicate parameter {key[0]!r} in {key[1]} (also at {json_pointer(out[key])})", (*parts, index))
            else:
                out[key] = (*parts, index)
        return out

    def tags(self) -> None:
        tags = self.data.get("tags")
        if not isinstance(tags, list):
            return
        seen: dict[str, int] = {}
        for index, tag in enumerate(tags):
            name = tag.get("name") if isinstance(tag, dict) else None
            if isinstance(name, str):
                if name in seen:
                    self.error(f"duplicate tag name {name!r} (also at /tags/{seen[name]})", ("tags", index, "name"))
                else:
                    seen[name] = index


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 60 else text[:57] + "..."


def schema_dialect_check(data: dict[str, Any], where: Locations, checker: SemanticChecker) -> Findings:
    """3.1: every distinct Schema Object root against JSON Schema 2020-12, once each."""
    import jsonschema_rs

    found = Findings()
    for node, parts in SemanticChecker(data, where).distinct_roots():
        if isinstance(node, bool):
            continue
        try:
            jsonschema_rs.meta.validate(node)
        except jsonschema_rs.ValidationError as exc:
            found.errors.append(where.problem(f"invalid schema: {str(exc.message).splitlines()[0]}", (*parts, *exc.instance_path)))
        except Exception as exc:  # noqa: BLE001 - jsonschema_rs refuses some shapes with other errors
            found.errors.append(where.problem(f"invalid schema: {exc}", parts))
    return found


def fast_check(data: dict[str, Any], where: Locations) -> Findings:
    """The default check: meta-schema (compiled), then the semantic checks. Mutates ``data``
    only to put the target of a non-standard ``$ref`` in its place."""
    found, semantic = start_fast_check(data, where)
    if semantic is not None:
        found.extend(semantic())
    return found


def start_fast_check(data: dict[str, Any], where: Locations) -> tuple[Findings, Callable[[], Findings] | None]:
    """The fast check's first part, the meta-schema, which is all of it that may change
    ``data`` (``meta_check``), and its second part, the semantic checks, which only read
    ``data``, for the caller to run where it likes (on the other core, say). The second is
    None when the first found errors: it assumes the shapes the meta-schema ensures."""
    checker = SemanticChecker(data, where)

    def resolve(ref: str) -> Any:
        return checker.deref({"$ref": ref})

    found = meta_check(data, where, resolve)
    if found.errors:
        return found, None

    def semantic() -> Findings:
        more = Findings()
        if "x-bundled" in data:
            more.extend(referenced_parts_check(data, where, checker))
            if more.errors:
                return more
        if checker.v31:
            more.extend(schema_dialect_check(data, where, checker))
        more.extend(checker.run())
        return more

    return found, semantic


# -- openapi-spec-validator, never fetching -----------------------------------------------


class _RefusingHandler:
    """A URL handler for openapi-spec-validator's resolver that fetches nothing."""

    def __call__(self, uri: str) -> Any:
        raise ValueError(f"$ref {uri!r}: ampeco-codegen never fetches references")


def _spec_validator_class(data: dict[str, Any]) -> Any:
    """openapi-spec-validator's class for the document's version, with URL handlers that
    refuse and with its reference (jsonschema) meta-schema backend, whose errors carry the
    path of the offending node (its jsonschema-rs backend, picked when that is installed,
    reports none)."""
    from openapi_spec_validator.schemas.backend.jsonschema import create_validator
    from openapi_spec_validator.validation import (
        OpenAPIV30SpecValidator,
        OpenAPIV31SpecValidator,
    )

    version = _schema_version(data)
    base = OpenAPIV31SpecValidator if version == "3.1" else OpenAPIV30SpecValidator
    refuse = _RefusingHandler()
    handlers = {"<all_urls>": refuse, "http": refuse, "https": refuse, "file": refuse}
    attributes = {"resolver_handlers": handlers, "schema_validator": create_validator(meta_schema(version))}
    return type(f"Offline{base.__name__}", (base,), attributes)


def validator_version() -> str:
    from ..distributions import version_of

    return version_of("openapi-spec-validator")


def validated_record() -> str:
    """What the manifest records for a version the full validator passed."""
    parts = validator_version().split(".")
    return f"openapi-spec-validator {'.'.join(parts[:2])}"


def full_check(data: dict[str, Any], where: Locations) -> list[Problem]:
    """openapi-spec-validator on the bundled document, errors located by JSON pointer."""
    from .document import Locator

    cls = _spec_validator_class(data)
    problems: list[Problem] = []
    locator = Locator(data)
    try:
        for error in cls(data, base_uri="urn:ampeco-codegen:spec").iter_errors():
            message = _message(str(getattr(error, "message", error)))
            problems.append(where.problem(message, locator.locate(error)))
            if len(problems) >= MAX_REPORTED:
                break
    except RecursionError:
        problems.append(where.problem("the validator gave up: the document is nested too deeply", ("openapi",)))
    except Exception as exc:  # noqa: BLE001 - the validator raises assorted errors on malformed input
        problems.append(where.problem(f"the validator failed: {type(exc).__name__}: {str(exc)[:200]}", ("openapi",)))
    return problems
