"""A test-time transform: an OpenAPI document rewritten into ``$ref`` form.

AMPECO's newer lines publish the same API with repeated inline schemas hoisted into
``components/schemas`` under names a tool made up (``1``, ``2``, ``allOf-1``, ``read``,
``Partner-read``) and every use replaced by a ``$ref``. ``to_ref_form`` does that to any
document, so a test can check that the generator reads both forms alike:

- every object schema (one with ``properties``) and every enum that occurs at least twice
  (compared without its use-level keywords: ``nullable``, ``description``, ``readOnly``,
  ``writeOnly``, ``default``, ``example``, ``deprecated``) becomes a component named
  ``1``, ``2``, ...; an object that is the ``data`` of a ``...Read`` operation's response
  is named after it instead (``Partner-read``; the first one plain ``read``);
- a use without use-level keywords becomes ``{"$ref": ...}``; one with them becomes an
  ``allOf`` wrapper ``{"allOf": [{"$ref": ...}], "nullable": true, ...}``, and a wrapper
  used twice is itself a component (``allOf-1``, ...), so a use is a ``$ref`` to a schema
  that is an ``allOf`` of a ``$ref``;
- components refer to components (inner schemas are hoisted first), so chains nest;
- a hoisted component nothing refers to in the end (its only users were copies that were
  themselves hoisted away) is dropped, so every added component is used.

``view_names=False`` names every hoisted schema by number: then nothing in the names says
more than the inline document did, and the generated SDK is the inline one byte for byte.
With ``read``/``Partner-read``, those classes take the component's name (``PartnerRead``,
as named components always do) and the rest is the same up to that renaming.

Dereferenced, the result is the input again (``tests/test_ref_form.py`` checks it). The
input is never changed. ``hoisted_names`` lists the components the transform added.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable, Iterator
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
USE_KEYWORDS = ("nullable", "description", "readOnly", "writeOnly", "default", "example", "deprecated")
SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
SCHEMA_VALUES = ("items", "additionalProperties", "not", "contains", "if", "then", "else")
SCHEMA_MAPS = ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")
PREFIX = "#/components/schemas/"


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"))


def _is_candidate(schema: Any) -> bool:
    """Objects with properties and enums: what AMPECO's tools hoist."""
    if not isinstance(schema, dict) or "$ref" in schema or any(k in schema for k in SCHEMA_LISTS):
        return False
    if isinstance(schema.get("properties"), dict) and schema["properties"]:
        return schema.get("type", "object") == "object"
    return isinstance(schema.get("enum"), list) and bool(schema["enum"])


def _split(schema: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    core = {k: v for k, v in schema.items() if k not in USE_KEYWORDS}
    use = {k: schema[k] for k in USE_KEYWORDS if k in schema}
    return core, use


def _children(schema: dict[str, Any]) -> Iterator[tuple[Any, Any]]:
    """(container, key) of every sub-schema of ``schema``."""
    for key in SCHEMA_LISTS:
        if isinstance(schema.get(key), list):
            for index in range(len(schema[key])):
                yield schema[key], index
    for key in SCHEMA_VALUES:
        if isinstance(schema.get(key), dict):
            yield schema, key
    for key in SCHEMA_MAPS:
        if isinstance(schema.get(key), dict):
            for name in sorted(schema[key]):
                yield schema[key], name


def _media_slots(holder: Any) -> Iterator[tuple[Any, Any]]:
    if not isinstance(holder, dict):
        return
    if isinstance(holder.get("schema"), dict):
        yield holder, "schema"
    content = holder.get("content")
    if isinstance(content, dict):
        for media in sorted(content):
            if isinstance(content[media], dict) and isinstance(content[media].get("schema"), dict):
                yield content[media], "schema"
    headers = holder.get("headers")
    if isinstance(headers, dict):
        for name in sorted(headers):
            yield from _media_slots(headers[name])


def _operation_slots(op: dict[str, Any]) -> Iterator[tuple[Any, Any, str]]:
    """(container, key, role) of the top-level schemas of an operation; role names the
    schema that is the ``data`` of a read operation's success response."""
    op_id = op.get("operationId") if isinstance(op.get("operationId"), str) else ""
    for prm in op.get("parameters") or []:
        for slot in _media_slots(prm):
            yield (*slot, "")
    for slot in _media_slots(op.get("requestBody")):
        yield (*slot, "")
    responses = op.get("responses")
    if isinstance(responses, dict):
        for status in sorted(responses, key=str):
            for container, key in _media_slots(responses[status]):
                role = ""
                schema = container[key]
                data = schema.get("properties", {}).get("data") if isinstance(schema.get("properties"), dict) else None
                if str(status).startswith("2") and op_id.endswith("Read") and _is_candidate(data):
                    role = op_id[: -len("Read")]
                yield container, key, role
    callbacks = op.get("callbacks")
    if isinstance(callbacks, dict):
        for name in sorted(callbacks):
            callback = callbacks[name]
            if isinstance(callback, dict):
                for expression in sorted(callback):
                    yield from _path_item_slots(callback[expression])


def _path_item_slots(item: Any) -> Iterator[tuple[Any, Any, str]]:
    if not isinstance(item, dict):
        return
    for prm in item.get("parameters") or []:
        for slot in _media_slots(prm):
            yield (*slot, "")
    for method in HTTP_METHODS:
        if isinstance(item.get(method), dict):
            yield from _operation_slots(item[method])


def _top_slots(document: dict[str, Any]) -> Iterator[tuple[Any, Any, str]]:
    """Every place a schema tree starts, in a fixed order."""
    paths = document.get("paths")
    if isinstance(paths, dict):
        for route in sorted(paths):
            yield from _path_item_slots(paths[route])
    hooks = document.get("webhooks")
    if isinstance(hooks, dict):
        for name in sorted(hooks):
            yield from _path_item_slots(hooks[name])
    components = document.get("components")
    if not isinstance(components, dict):
        return
    schemas = components.get("schemas")
    if isinstance(schemas, dict):
        for name in sorted(schemas):
            yield schemas, name, ""
    for kind in ("parameters", "headers", "responses", "requestBodies"):
        group = components.get(kind)
        if isinstance(group, dict):
            for name in sorted(group):
                for slot in _media_slots(group[name]):
                    yield (*slot, "")


def _walk(schema: Any, visit: Callable[[Any, Any], None], container: Any, key: Any) -> None:
    """Post-order over a schema tree: children before their parent."""
    if isinstance(schema, dict):
        for child_container, child_key in list(_children(schema)):
            _walk(child_container[child_key], visit, child_container, child_key)
    visit(container, key)


def _read_name(role: str) -> str:
    words = re.findall(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])", role)
    return "".join(w[:1].upper() + w[1:] for w in words) + "-read"


def to_ref_form(document: dict[str, Any], view_names: bool = True) -> dict[str, Any]:
    """``document`` with repeated inline objects and enums hoisted into named components
    and every use replaced by a ``$ref`` (see the module docstring). With ``view_names``
    false every hoisted schema gets a number (or ``allOf-N``), no ``read``/``X-read``."""
    doc = copy.deepcopy(document)
    slots = list(_top_slots(doc))
    schemas = doc.setdefault("components", {}).setdefault("schemas", {})
    existing = set(schemas)

    def walk_slot(container: Any, key: Any, visit: Callable[[Any, Any], None]) -> None:
        if container is schemas and key in existing:
            # a named component stays where it is; only its insides are visited
            node = container[key]
            if isinstance(node, dict):
                for child_container, child_key in list(_children(node)):
                    _walk(child_container[child_key], visit, child_container, child_key)
            return
        _walk(container[key], visit, container, key)

    # 1. each candidate's core as it is in the input (before its children change), how
    # often each core occurs (nested copies included), and the read operations' data
    input_core: dict[int, str] = {}
    counts: dict[str, int] = {}

    def remember(container: Any, key: Any) -> None:
        node = container[key]
        if _is_candidate(node) and id(node) not in input_core:
            text = input_core[id(node)] = _canonical(_split(node)[0])
            counts[text] = counts.get(text, 0) + 1

    roles: dict[str, str] = {}
    for container, key, role in slots:
        walk_slot(container, key, remember)
        if role:
            roles.setdefault(_canonical(_split(container[key]["properties"]["data"])[0]), role)
    hoisted = {text for text, n in counts.items() if n >= 2}

    # 2. rewrite innermost first; names in order of first use
    taken = set(schemas)
    numbers = iter(range(1, 1 << 30))

    def fresh(wanted: str) -> str:
        name = wanted
        while name in taken:
            name = str(next(numbers))
        taken.add(name)
        return name

    names: dict[str, str] = {}
    wrappers: dict[str, list[tuple[Any, Any]]] = {}  # wrapper text -> where it sits, in order

    def rewrite(container: Any, key: Any) -> None:
        node = container[key]
        if not _is_candidate(node) or input_core.get(id(node)) not in hoisted:
            return
        text = input_core[id(node)]
        core, use = _split(node)
        name = names.get(text)
        if name is None:
            role = roles.get(text, "") if view_names else ""
            if role:
                name = fresh("read" if "read" not in taken else _read_name(role))
            else:
                name = fresh(str(next(numbers)))
            names[text] = name
            schemas[name] = core
        ref = {"$ref": PREFIX + _escape(name)}
        if not use:
            container[key] = ref
            return
        wrapper = {"allOf": [ref], **use}
        container[key] = wrapper
        wrappers.setdefault(_canonical(wrapper), []).append((container, key))

    for container, key, _ in slots:
        walk_slot(container, key, rewrite)

    # 3. a wrapper used twice is a component too: a $ref to an allOf of a $ref
    number = 0
    for text, places in wrappers.items():  # in order of first use
        if len(places) < 2:
            continue
        number += 1
        name = fresh(f"allOf-{number}")
        schemas[name] = json.loads(text)
        for container, key in places:
            container[key] = {"$ref": PREFIX + _escape(name)}

    # 4. only what the document reaches stays: a copy that was itself hoisted away may
    # have been the only user of a component
    added = [name for name in schemas if name not in existing]
    roots = {**doc, "components": {**doc["components"], "schemas": {n: schemas[n] for n in existing}}}
    reached: set[str] = set()
    stack = [roots]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith(PREFIX):
                name = _unescape(ref[len(PREFIX) :])
                if name not in reached and name in schemas and name not in existing:
                    reached.add(name)
                    stack.append(schemas[name])
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    for name in added:
        if name not in reached:
            del schemas[name]
    return doc


def _unescape(part: str) -> str:
    return part.replace("~1", "/").replace("~0", "~")


def _escape(name: str) -> str:
    return name.replace("~", "~0").replace("/", "~1")


def hoisted_names(original: dict[str, Any], transformed: dict[str, Any]) -> list[str]:
    """The components ``to_ref_form`` added to ``original``."""
    before = set((original.get("components") or {}).get("schemas") or {})
    return [name for name in transformed["components"]["schemas"] if name not in before]
